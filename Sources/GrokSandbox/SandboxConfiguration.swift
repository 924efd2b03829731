import Foundation

public struct SandboxConfiguration: Sendable {
    public var host: String
    /// 0 asks the system for an ephemeral port.
    public var port: Int
    /// nil accepts any non-empty Bearer key; otherwise the key must match exactly.
    public var apiKey: String?
    /// Time from create to the end of the task; `.zero` ends it at the first query.
    public var taskDuration: Duration
    /// nil serves the sample MP4 as is; N pads it with a trailing `free` box to exactly N bytes.
    public var videoSize: Int?
    /// When set, `result.video_url` points at this other origin instead of this server.
    public var videoBaseURL: URL?
    public var variant: ResponseVariant

    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        apiKey: String? = nil,
        taskDuration: Duration = .seconds(4),
        videoSize: Int? = nil,
        videoBaseURL: URL? = nil,
        variant: ResponseVariant = .init()
    ) {
        self.host = host
        self.port = port
        self.apiKey = apiKey
        self.taskDuration = taskDuration
        self.videoSize = videoSize
        self.videoBaseURL = videoBaseURL
        self.variant = variant
    }
}
