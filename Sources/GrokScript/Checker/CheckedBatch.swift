/// Top-level statements that passed the checker, handed to the rehearsal while the checker
/// goes on with the rest of the file, with every file sourced so far.
public struct CheckedBatch: Sendable {
    /// Statements per batch: enough that handing one over costs nothing next to checking it.
    static let size = 1024

    public let statements: [CheckedStatement]
    public let sourced: [String: CheckedScript]
}
