/// Hides secrets in any text before it leaves the process: traces, errors, journal, history.
public struct Redactor: Sendable {
    public static let mask = "***"
    public static let none = Redactor(secrets: [])

    private let secrets: [String]

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
            result = result.replacingOccurrences(of: secret, with: Self.mask)
        }
        return result
    }

    public func contains(secretIn text: String) -> Bool {
        secrets.contains { text.contains($0) }
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
