/// Which job of the journal a lookup means.
public enum JobReference: Sendable, Equatable {
    /// The job whose task was created last (one this client created before one it only
    /// queried).
    case latest
    /// The latest job with this name, else the job with this task id.
    case nameOrID(String)
}
