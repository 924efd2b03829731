import Foundation
import GrokCore

/// The session options of SPEC §3.4, typed.
public struct SessionOptions: Sendable, Equatable {
    public enum OnError: String, Sendable { case stop, `continue` }
    public enum Format: String, Sendable { case text, json }
    public enum Color: String, Sendable { case auto, on, off }

    public var baseURL: URL
    public var outputDir = "."
    public var pollInterval: Duration = .seconds(5)
    public var maxPollInterval: Duration = .seconds(15)
    public var timeout: Duration = .seconds(30 * 60)
    public var retries = 4
    public var autoDownload = false
    public var overwrite = false
    public var onError = OnError.stop
    public var format = Format.text
    public var color = Color.auto
    public var trace = false
    /// The most tasks one run (a script, or a REPL entry) may create; `nil`: no limit.
    public var maxTasks: Int?
    /// API requests per second, shared by every request of the process (SPEC §5).
    public var rateLimit = ClientConfiguration.defaultRequestsPerSecond

    public init(baseURL: URL) {
        self.baseURL = baseURL
    }

    /// Applies `set KEY VALUE` for an option key; the value was checked by `ValueKind`.
    mutating func set(_ key: SettingKey, to value: String) {
        switch key {
        case .baseURL: if let url = try? ClientConfiguration.parseBaseURL(value) { baseURL = url }
        case .outputDir: outputDir = value
        case .pollInterval: pollInterval = DurationText.parse(value) ?? pollInterval
        case .maxPollInterval: maxPollInterval = DurationText.parse(value) ?? maxPollInterval
        case .timeout: timeout = DurationText.parse(value) ?? timeout
        case .retries: retries = Int(value) ?? retries
        case .autoDownload: autoDownload = value == "on"
        case .overwrite: overwrite = value == "on"
        case .onError: onError = OnError(rawValue: value) ?? onError
        case .format: format = Format(rawValue: value) ?? format
        case .color: color = Color(rawValue: value) ?? color
        case .trace: trace = value == "on"
        case .maxTasks: maxTasks = Int(value)
        case .rateLimit: rateLimit = Int(value) ?? rateLimit
        case .model, .prompt, .image, .duration, .ratio, .orientation: break
        }
    }

    /// `unset KEY`: back to the value the session started with.
    mutating func reset(_ key: SettingKey, from initial: SessionOptions) {
        switch key {
        case .baseURL: baseURL = initial.baseURL
        case .outputDir: outputDir = initial.outputDir
        case .pollInterval: pollInterval = initial.pollInterval
        case .maxPollInterval: maxPollInterval = initial.maxPollInterval
        case .timeout: timeout = initial.timeout
        case .retries: retries = initial.retries
        case .autoDownload: autoDownload = initial.autoDownload
        case .overwrite: overwrite = initial.overwrite
        case .onError: onError = initial.onError
        case .format: format = initial.format
        case .color: color = initial.color
        case .trace: trace = initial.trace
        case .maxTasks: maxTasks = initial.maxTasks
        case .rateLimit: rateLimit = initial.rateLimit
        case .model, .prompt, .image, .duration, .ratio, .orientation: break
        }
    }

    /// Every option as `key value`, in the order of SPEC §3.4.
    var listing: [(String, String)] {
        [
            ("base-url", baseURL.absoluteString), ("output-dir", outputDir),
            ("poll-interval", DurationText.format(pollInterval)), ("max-poll-interval", DurationText.format(maxPollInterval)),
            ("timeout", DurationText.format(timeout)), ("retries", String(retries)),
            ("auto-download", autoDownload ? "on" : "off"), ("overwrite", overwrite ? "on" : "off"),
            ("on-error", onError.rawValue), ("format", format.rawValue), ("color", color.rawValue), ("trace", trace ? "on" : "off"),
            ("max-tasks", maxTasks.map(String.init) ?? Word.none), ("rate-limit", String(rateLimit)),
        ]
    }
}
