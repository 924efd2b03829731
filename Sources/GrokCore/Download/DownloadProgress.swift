/// Where a download stands; `total` when the server said.
public struct DownloadProgress: Sendable, Equatable {
    public let received: Int64
    public let total: Int64?
}

public struct DownloadResult: Sendable, Equatable {
    public let path: String
    public let bytes: Int64
    /// Bytes already in a `.part` file from an earlier, interrupted run.
    public let resumedFrom: Int64
    /// Connections opened, including resumptions after a dropped connection.
    public let attempts: Int

    public init(path: String, bytes: Int64, resumedFrom: Int64, attempts: Int) {
        self.path = path
        self.bytes = bytes
        self.resumedFrom = resumedFrom
        self.attempts = attempts
    }
}
