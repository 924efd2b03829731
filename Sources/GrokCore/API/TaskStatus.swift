/// A task's status, compared case-insensitively. Unknown values count as still running
/// and keep their spelling so they can be shown as the server sent them.
public struct TaskStatus: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case queued, processing, completed, failed, canceled, unknown
    }

    public let kind: Kind
    /// The text the server sent.
    public let raw: String

    public init(_ raw: String) {
        self.raw = raw
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "queued": kind = .queued
        case "processing": kind = .processing
        case "completed", "success": kind = .completed
        case "failed": kind = .failed
        case "canceled", "cancelled": kind = .canceled
        default: kind = .unknown
        }
    }

    public static let queued = TaskStatus("queued")

    public var isTerminal: Bool { kind == .completed || kind == .failed || kind == .canceled }
    public var isSuccess: Bool { kind == .completed }

    /// Known statuses by their canonical name, unknown ones as sent.
    public var description: String {
        switch kind {
        case .queued: return "queued"
        case .processing: return "processing"
        case .completed: return "completed"
        case .failed: return "failed"
        case .canceled: return "canceled"
        case .unknown: return raw
        }
    }
}
