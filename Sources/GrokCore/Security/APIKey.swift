/// The secret. Printing it in any way shows `***`; only the transport reads `secret`.
public struct APIKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    let secret: String

    public init?(_ secret: String) {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        self.secret = trimmed
    }

    public var description: String { "***" }
    public var debugDescription: String { "APIKey(***)" }

    /// False for a key too short to be one the real service issued (a sandbox accepts any):
    /// such a key is redacted only as a word of its own, and grok says so once.
    public var looksReal: Bool { secret.count >= Redactor.minimumInWordLength }

    /// A redactor that hides this key.
    public var redactor: Redactor { Redactor(secrets: [secret]) }
}
