/// Hides secrets in any text before it leaves the process: traces, errors, journal, history.
/// A secret is found in every encoding the text may carry it in (as it is, JSON-escaped
/// `\u0073`, percent-encoded `%73`, or a mix), and text is always redacted before it is
/// cut, never after (`cut(_:maxBytes:textWasCut:)`).
public struct Redactor: Sendable {
    public static let mask = "***"
    public static let none = Redactor(secrets: [])

    let secrets: [SecretPattern]

    /// A secret shorter than this is hidden only where it stands as a word of its own: a
    /// one-letter sandbox key must not turn `grok-imagine` into `gro***-imagine`. No real key
    /// is this short (`APIKey.looksReal`).
    public static let minimumInWordLength = 8
    /// A run of a secret's first characters this long is hidden wherever it stands: it can
    /// only be a piece of the key left by some cut.
    public static let leakedPrefixLength = 12
    /// A run of a secret's first characters this long is hidden where text was cut (at its
    /// end, or before a `…`).
    public static let prefixAtCutLength = 4

    public init(secrets: [String]) {
        self.secrets = secrets.filter { !$0.isEmpty }.sorted { $0.count > $1.count }.map(SecretPattern.init)
    }

    /// The text with every secret, and every `Bearer` credential, replaced by `***`.
    public func redact(_ text: String) -> String {
        Self.maskBearerCredentials(redactSecrets(text))
    }

    /// The text with every secret replaced by `***` (a `Bearer $JIMMYAI_API_KEY` stays).
    public func redactSecrets(_ text: String) -> String {
        redactSecrets(text, openEnd: false)
    }

    /// `openEnd`: the text was cut at its end, so a secret's first characters there are hidden too.
    func redactSecrets(_ text: String, openEnd: Bool) -> String {
        var result = text
        for secret in secrets {
            result = secret.isShort ? secret.replacingWholeWords(in: result) : secret.replacing(in: result, openEnd: openEnd)
        }
        return result
    }

    public func contains(secretIn text: String) -> Bool {
        secrets.contains { $0.isShort ? $0.occursAsWord(in: text) : $0.occurs(in: text) }
    }

    /// The longest form a secret can take in text (every character a 6-byte `\uXXXX`), so a
    /// window of `limit` plus this many bytes holds whole every secret that starts before `limit`.
    var longestEncodedSecret: Int { secrets.map { $0.scalars.count * 12 }.max() ?? 0 }

    static func maskBearerCredentials(_ text: String) -> String {
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
