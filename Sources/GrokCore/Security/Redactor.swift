/// Hides secrets in any text before it leaves the process: traces, errors, journal, history.
public struct Redactor: Sendable {
    public static let mask = "***"
    public static let none = Redactor(secrets: [])

    private let secrets: [String]

    /// A secret shorter than this is hidden only where it stands as a word of its own: a
    /// one-letter sandbox key must not turn `grok-imagine` into `gro***-imagine`. No real key
    /// is this short (`APIKey.looksReal`).
    public static let minimumInWordLength = 8

    public init(secrets: [String]) {
        self.secrets = secrets.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// The text with every secret, and every `Bearer` credential, replaced by `***`.
    public func redact(_ text: String) -> String {
        Self.maskBearerCredentials(redactSecrets(text))
    }

    /// The text with every secret replaced by `***` (a `Bearer $JIMMYAI_API_KEY` stays).
    public func redactSecrets(_ text: String) -> String {
        var result = text
        for secret in secrets where result.contains(secret) {
            result = secret.count >= Self.minimumInWordLength
                ? result.replacingOccurrences(of: secret, with: Self.mask)
                : Self.replacingWholeWords(secret, in: result)
        }
        return result
    }

    public func contains(secretIn text: String) -> Bool {
        secrets.contains { secret in
            secret.count >= Self.minimumInWordLength ? text.contains(secret) : !Self.wholeWordRanges(of: secret, in: text).isEmpty
        }
    }

    /// Letters, digits, `-` and `_` continue a word; anything else ends it.
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }

    private static func wholeWordRanges(of secret: String, in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let range = text.range(of: secret, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before.map(isWordCharacter) ?? false), !(after.map(isWordCharacter) ?? false) { ranges.append(range) }
            searchStart = range.upperBound
        }
        return ranges
    }

    private static func replacingWholeWords(_ secret: String, in text: String) -> String {
        var output = ""
        var position = text.startIndex
        for range in wholeWordRanges(of: secret, in: text) {
            output += text[position..<range.lowerBound] + mask
            position = range.upperBound
        }
        return output + text[position...]
    }

    private static func maskBearerCredentials(_ text: String) -> String {
        guard text.range(of: "bearer ", options: .caseInsensitive) != nil else { return text }
        var output = ""
        var rest = Substring(text)
        while let range = rest.range(of: "bearer ", options: .caseInsensitive) {
            output += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let credentialEnd = rest.firstIndex { $0 == " " || $0 == "\"" || $0 == "'" || $0.isNewline || $0 == "," } ?? rest.endIndex
            if rest[..<credentialEnd].isEmpty == false { output += mask }
            rest = rest[credentialEnd...]
        }
        return output + rest
    }
}
