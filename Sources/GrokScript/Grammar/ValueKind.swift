import DidYouMean
import GrokCore

/// How a command interprets one argument's text. One validator for the checker (on
/// literal arguments) and the evaluator (on every value once interpolated).
public enum ValueKind: Sendable, Equatable {
    case text
    /// One of these words (the model accepts its aliases case-insensitively).
    case choice([String])
    /// `10`, `15`, `10s`, `15s`
    case videoDuration
    /// `250ms`, `10s`, `1m30s`; a bare number is seconds.
    case duration
    /// A non-negative whole number within the range.
    case count(ClosedRange<Int>)
    /// An exit status, 0–255.
    case exitCode
    case url
    /// A local file path.
    case path
    /// An http(s) URL or a local file path.
    case image
    /// A task name for `submit as`: letters, digits, `-`, `_`, `.`; not `last` or `all`.
    case taskName
    /// A task's name or id, or `last`; the journal and the server judge it.
    case taskReference
    /// A variable bound by `let` or `for` (the parser checks the name).
    case variableName

    /// Why `value` is not acceptable, with the allowed values; `nil` when it is.
    /// `subject` names what a choice is (`ratio` gives "unsupported ratio '4:3'").
    public func problem(with value: String, subject: String = "value") -> ValueProblem? {
        switch self {
        case .text, .path, .taskReference, .variableName:
            return nil
        case .choice(let allowed):
            // Exact spellings first: the common case, and cheap enough for `grok check`'s speed.
            if allowed.contains(value) { return nil }
            if allowed == VideoOptions.modelNames {
                return VideoOptions.normalizeModel(value) == nil
                    ? ValueProblem(message: "unknown model '\(value)'", expected: allowed, suggestion: Suggestion.closest(to: value, among: allowed))
                    : nil
            }
            // A did-you-mean helps with a misspelt word (`portriat`), not with a
            // number or ratio (`4:3` is no typo of `2:3`): those get the list only.
            let suggestion = value.contains(where: \.isLetter) ? Suggestion.closest(to: value, among: allowed) : nil
            return ValueProblem(message: "unsupported \(subject) '\(value)'", expected: allowed, suggestion: suggestion)
        case .videoDuration:
            return VideoOptions.parseDuration(value) == nil
                ? ValueProblem(message: "unsupported duration '\(value)'", expected: VideoOptions.durations.map(String.init))
                : nil
        case .duration:
            return DurationText.parse(value) == nil
                ? ValueProblem(message: "invalid duration '\(value)'", expected: [], hint: "write it like 250ms, 10s, 5m, 1h or 1m30s")
                : nil
        case .count(let range):
            guard let number = Int(value), range.contains(number) else {
                return ValueProblem(message: "expected a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value)'", expected: [])
            }
            return nil
        case .exitCode:
            guard let number = Int(value), (0...255).contains(number) else {
                return ValueProblem(message: "expected an exit status from 0 to 255, not '\(value)'", expected: [])
            }
            return nil
        case .url:
            do {
                _ = try ClientConfiguration.parseBaseURL(value)
                return nil
            } catch {
                return ValueProblem(message: "invalid URL '\(value)'", expected: [], hint: "an http(s) URL such as \(ClientConfiguration.defaultBaseURL)")
            }
        case .image:
            return nil
        case .taskName:
            let allowed = value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
            guard !value.isEmpty, allowed, value != Word.last, value != Word.all else {
                return ValueProblem(message: "invalid task name '\(value)'", expected: [],
                                    hint: "use letters, digits, '-', '_' or '.'; 'last' and 'all' are reserved")
            }
            return nil
        }
    }
}

/// A value a command cannot accept.
public struct ValueProblem: Sendable, Equatable {
    public var message: String
    public var expected: [String]
    public var suggestion: String?
    public var hint: String?

    public init(message: String, expected: [String], suggestion: String? = nil, hint: String? = nil) {
        self.message = message
        self.expected = expected
        self.suggestion = suggestion
        self.hint = hint
    }

    /// The text under the carets: `expected one of …`, with a did-you-mean first.
    public var label: String? {
        var parts: [String] = []
        if let suggestion { parts.append("did you mean '\(suggestion)'?") }
        if !expected.isEmpty { parts.append("expected one of " + expected.joined(separator: ", ")) }
        if parts.isEmpty { return hint }
        return parts.joined(separator: " ")
    }
}

/// What Tab offers for a value of a kind.
public enum ValueCompletion: Sendable, Equatable {
    case none
    case words([String])
    case paths
    /// Task names and ids, then `last`.
    case tasks
}

extension ValueKind {
    public var completion: ValueCompletion {
        switch self {
        case .choice(let values): .words(values)
        case .videoDuration: .words(VideoOptions.durations.map(String.init))
        case .path, .image: .paths
        case .taskReference: .tasks
        case .text, .duration, .count, .exitCode, .url, .taskName, .variableName: .none
        }
    }

    /// How help, usage lines and the REPL's hints write a value of this kind: `0-10`, `DURATION`, `on|off`.
    public var placeholder: String {
        switch self {
        case .choice(let values): values == VideoOptions.modelNames ? "NAME" : values.joined(separator: "|")
        case .videoDuration: VideoOptions.durations.map(String.init).joined(separator: "|")
        case .duration: "DURATION"
        case .count(let range): "\(range.lowerBound)-\(range.upperBound)"
        case .exitCode: "0-255"
        case .url: "URL"
        case .path: "PATH"
        case .image: "URL|PATH"
        case .text: "TEXT"
        case .taskName, .variableName: "NAME"
        case .taskReference: "REF"
        }
    }
}
