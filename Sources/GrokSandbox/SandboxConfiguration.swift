import Foundation

public struct SandboxConfiguration: Sendable {
    public var host: String
    /// 0 asks the system for an ephemeral port.
    public var port: Int
    /// nil accepts any non-empty Bearer key; otherwise the key must match exactly.
    public var apiKey: String?
    /// How a task goes from create to its end: in time (`.clock`, the default 4 s) or one
    /// step per query (`.queries`, for tests that must not depend on the clock).
    public var taskPace: TaskPace
    /// nil serves the sample MP4 as is; N pads it with a trailing `free` box to exactly N bytes.
    public var videoSize: Int?
    /// When set, `result.video_url` points at this other origin instead of this server.
    public var videoBaseURL: URL?
    public var variant: ResponseVariant
    /// Task ids are this and a six-digit count: `sbx-task-000001`, … The in-process sandbox
    /// of `grok --sandbox` takes one of its own per run (`runTaskIDPrefix()`), so ids
    /// from different runs never meet in one journal.
    public var taskIDPrefix: String
    /// Faults planned from the start; those injected later (`Sandbox.inject`) come first.
    public var faults: [SandboxFaultRule]
    /// Every answer carries `X-Grok-Sandbox: 1` (``SandboxServer/announcementHeader``), so a
    /// client can tell it talks to a sandbox. Off by default: the library answers as the real
    /// API does, so tests see grok poll as it would the real service; `grok-sandbox` and
    /// `grok sandbox` turn it on (`--no-sandbox-header` off).
    public var announcesItself: Bool

    /// `taskDuration` is `taskPace: .clock(taskDuration)`; a `taskPace` given wins.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        apiKey: String? = nil,
        taskDuration: Duration = .seconds(4),
        taskPace: TaskPace? = nil,
        videoSize: Int? = nil,
        videoBaseURL: URL? = nil,
        variant: ResponseVariant = .init(),
        taskIDPrefix: String = SandboxConfiguration.defaultTaskIDPrefix,
        faults: [SandboxFaultRule] = [],
        announcesItself: Bool = false
    ) {
        self.host = host
        self.port = port
        self.apiKey = apiKey
        self.taskPace = taskPace ?? .clock(taskDuration)
        self.videoSize = videoSize
        self.videoBaseURL = videoBaseURL
        self.variant = variant
        self.taskIDPrefix = taskIDPrefix
        self.faults = faults
        self.announcesItself = announcesItself
    }

    public static let defaultTaskIDPrefix = "sbx-task-"

    /// `sbx-` and six random lowercase letters and digits: `sbx-k3f9q2-`.
    public static func runTaskIDPrefix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return "sbx-" + String((0..<6).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] }) + "-"
    }
}
