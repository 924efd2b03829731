/// The values the create call accepts: the one source of truth for validation, the
/// language's static checks, completion and help texts.
public enum VideoOptions {
    public static let canonicalModel = "grok-imagine-video-1.5"
    /// Every accepted spelling of the model, canonical first. Compared case-insensitively.
    public static let modelNames = [canonicalModel, "grok-1.5", "grok_1_5"]
    public static let durations = [10, 15]
    public static let defaultDuration = 10
    public static let ratios = ["16:9", "9:16", "1:1", "3:2", "2:3"]
    public static let orientations = ["landscape", "portrait"]

    /// The canonical model for an accepted spelling, or `nil`.
    public static func normalizeModel(_ name: String) -> String? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return modelNames.contains(key) ? canonicalModel : nil
    }

    /// Seconds for `10`, `15`, `10s`, `15s`; `nil` for anything else.
    public static func parseDuration(_ text: String) -> Int? {
        let trimmed = text.hasSuffix("s") ? String(text.dropLast()) : text
        guard let seconds = Int(trimmed), durations.contains(seconds) else { return nil }
        return seconds
    }
}
