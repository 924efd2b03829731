import GrokCore
import GrokScript

/// What a command's argument syntax in `CommandTable` says about its arguments, so that
/// completion and hints never drift from what the checker accepts.
enum ArgumentSyntax {
    /// The literal words a command's first argument can be: `show` gives draft, request,
    /// curl, options, jobs, job; `image` gives none; `submit` gives as. Placeholders
    /// (`NAME`, `PATH`, `REF…`) are not words.
    static func keywords(of command: String) -> [String] {
        guard let spec = CommandTable.spec(named: command) else { return [] }
        let alternatives = spec.arguments.filter { $0 != "[" && $0 != "]" }.split(separator: "|")
        return alternatives.compactMap { alternative in
            guard let word = alternative.split(separator: " ").first else { return nil }
            return isLiteral(word) ? String(word) : nil
        }
    }

    private static func isLiteral(_ word: Substring) -> Bool {
        word.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" || $0 == ":" }
    }

    /// The values a setting accepts, when they are few enough to list.
    static func values(of key: SettingKey) -> [String]? {
        switch key.valueKind {
        case .choice(let values): values
        case .videoDuration: VideoOptions.durations.map(String.init)
        default: nil
        }
    }

    /// A setting's value as a hint: its values, or what kind of value it is.
    static func hint(for key: SettingKey) -> String {
        if let values = values(of: key) { return values.joined(separator: "|") }
        switch key.valueKind {
        case .text: return "TEXT…"
        case .duration: return "DURATION"
        case .count(let range): return "\(range.lowerBound)…\(range.upperBound)"
        case .exitCode: return "CODE"
        case .url: return "URL"
        case .path: return "PATH"
        case .image: return "URL|PATH"
        case .taskName: return "NAME"
        case .choice, .videoDuration: return ""
        }
    }
}
