import Foundation

public enum SandboxTaskStatus: String, Sendable, Equatable {
    case queued, processing, completed, failed
}

/// A task as it stands when ``Sandbox/tasks()`` is called.
public struct SandboxTaskSnapshot: Sendable, Equatable {
    public let id: String
    public let prompt: String
    public let model: String
    public let imageURL: String
    public let duration: Int
    public let ratio: String
    public let status: SandboxTaskStatus
    public let createdAt: Date
}
