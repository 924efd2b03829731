import DidYouMean
import GrokCore

/// What `set` and `unset` accept: the draft's fields and the session options (SPEC §3.4).
public enum SettingKey: String, Sendable, CaseIterable {
    // The draft
    case model, prompt, image, duration, ratio, orientation
    // Session options
    case baseURL = "base-url"
    case outputDir = "output-dir"
    case pollInterval = "poll-interval"
    case maxPollInterval = "max-poll-interval"
    case timeout
    case retries
    case autoDownload = "auto-download"
    case overwrite
    case onError = "on-error"
    case format
    case color
    case trace
    case maxTasks = "max-tasks"
    case rateLimit = "rate-limit"

    public var isDraftField: Bool {
        switch self {
        case .model, .prompt, .image, .duration, .ratio, .orientation: true
        default: false
        }
    }

    /// The values this key accepts, checked on literals by the checker and on every
    /// value at run time by the evaluator.
    public var valueKind: ValueKind {
        switch self {
        case .model: .choice(VideoOptions.modelNames)
        case .prompt: .text
        case .image: .image
        case .duration: .videoDuration
        case .ratio: .choice(VideoOptions.ratios)
        case .orientation: .choice(VideoOptions.orientations)
        case .baseURL: .url
        case .outputDir: .path
        case .pollInterval, .maxPollInterval, .timeout: .duration
        case .retries: .count(0...10)
        case .autoDownload, .overwrite, .trace: .choice(["on", "off"])
        case .onError: .choice(["stop", "continue"])
        case .format: .choice(["text", "json"])
        case .color: .choice(["auto", "on", "off"])
        case .maxTasks: .count(0...1_000_000)
        case .rateLimit: .count(1...1_000)
        }
    }

    /// The draft field or option a misspelt key most likely meant.
    public static func suggestion(for key: String) -> String? {
        Suggestion.closest(to: key, among: allCases.map(\.rawValue))
    }
}
