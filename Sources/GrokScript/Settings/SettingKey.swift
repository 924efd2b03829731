import DidYouMean

/// What `set` and `unset` accept: the draft's fields and the session options (SPEC §3.4),
/// in the order `set` and `help options` list them. Each key's row of the settings table
/// (`Setting+Table.swift`) says everything else about it.
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
    case step
    case har
    case maxTasks = "max-tasks"
    case rateLimit = "rate-limit"

    /// This key's row of the settings table. Found by position, comparing cases, which is
    /// cheaper than hashing the key's name: `set` asks for it on every run of every draft command.
    public var setting: Setting {
        Setting.rows[Self.ordered.firstIndex(of: self) ?? 0]
    }

    /// `allCases`, built once.
    static let ordered = allCases

    /// The draft field or option a misspelt key most likely meant.
    public static func suggestion(for key: String) -> String? {
        Suggestion.closest(to: key, among: allCases.map(\.rawValue))
    }
}
