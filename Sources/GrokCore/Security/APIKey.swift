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

    /// A redactor that hides this key.
    public var redactor: Redactor { Redactor(secrets: [secret]) }
}
