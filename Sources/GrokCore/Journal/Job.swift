import Foundation

/// Everything the journal knows about one task (or one create attempt that never got an id).
public struct Job: Sendable, Equatable {
    public enum Confirmation: Sendable, Equatable {
        /// A create was sent and no answer was recorded: a task may exist.
        case unconfirmed
        /// The server answered with a task id.
        case created
        /// The create certainly made no task.
        case rejected
        /// Known only from a status answer (e.g. `wait ID` for a task submitted elsewhere).
        case external
    }

    /// The server the task belongs to; nil for a job from records written before records
    /// named their server.
    public var origin: ServerOrigin?
    public var attempt: String?
    public var name: String?
    public var taskID: String?
    public var confirmation: Confirmation
    public var status: TaskStatus?
    public var progress: Double?
    public var prompt: String?
    public var request: JSONValue?
    public var submittedAt: Date?
    public var updatedAt: Date
    public var videoURL: URL?
    public var errorMessage: String?
    public var file: String?
    /// The first time a terminal status (completed, failed, canceled) was recorded.
    public var finishedAt: Date?
    /// Queries answered for this task, as recorded; nil when no record counted them.
    public var queries: Int?
    /// The script, line and local image the create came from, when it said.
    public var provenance = Provenance()
    /// Every path the video was saved at (absolute), with its length then.
    public var saved: [String: Int64] = [:]

    public init(
        origin: ServerOrigin? = nil, attempt: String? = nil, name: String? = nil, taskID: String? = nil, confirmation: Confirmation, status: TaskStatus? = nil,
        progress: Double? = nil, prompt: String? = nil, request: JSONValue? = nil, submittedAt: Date? = nil, updatedAt: Date,
        videoURL: URL? = nil, errorMessage: String? = nil, file: String? = nil
    ) {
        self.origin = origin
        self.attempt = attempt
        self.name = name
        self.taskID = taskID
        self.confirmation = confirmation
        self.status = status
        self.progress = progress
        self.prompt = prompt
        self.request = request
        self.submittedAt = submittedAt
        self.updatedAt = updatedAt
        self.videoURL = videoURL
        self.errorMessage = errorMessage
        self.file = file
    }
}
