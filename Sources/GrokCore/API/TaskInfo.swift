import Foundation

/// A task as the query call describes it.
public struct TaskInfo: Sendable, Equatable {
    public var taskID: String
    public var status: TaskStatus
    /// 0–100; `nil` while queued or when the server sends none.
    public var progress: Double?
    public var model: String?
    public var createdAt: Date?
    public var completedAt: Date?
    /// Absolute: a relative URL from the server is resolved against the base URL.
    public var videoURL: URL?
    public var errorMessage: String?

    public init(
        taskID: String, status: TaskStatus, progress: Double? = nil, model: String? = nil, createdAt: Date? = nil,
        completedAt: Date? = nil, videoURL: URL? = nil, errorMessage: String? = nil
    ) {
        self.taskID = taskID
        self.status = status
        self.progress = progress
        self.model = model
        self.createdAt = createdAt
        self.completedAt = completedAt
        self.videoURL = videoURL
        self.errorMessage = errorMessage
    }
}

/// The answer to a create call.
public struct CreatedTask: Sendable, Equatable {
    public var taskID: String
    public var status: TaskStatus
    public var model: String?
    public var createdAt: Date?

    public init(taskID: String, status: TaskStatus, model: String? = nil, createdAt: Date? = nil) {
        self.taskID = taskID
        self.status = status
        self.model = model
        self.createdAt = createdAt
    }
}

/// The answer to an upload: a URL the create call can use as its reference image.
public struct UploadedFile: Sendable, Equatable {
    public var url: URL
    public var filename: String?
    public var size: Int64?
    public var mimeType: String?

    public init(url: URL, filename: String?, size: Int64?, mimeType: String?) {
        self.url = url
        self.filename = filename
        self.size = size
        self.mimeType = mimeType
    }
}

public struct UserBalance: Sendable, Equatable {
    public var balance: Double
    public var usedCoin: Double
    public var available: Double
}

public struct KeyBalance: Sendable, Equatable {
    public var name: String?
    /// 0 means unlimited.
    public var totalQuota: Double
    public var usedQuota: Double
    public var availableQuota: Double
    public var unlimited: Bool
}
