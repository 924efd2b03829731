/// One request as the sandbox received and answered it. The API key itself is never kept.
public struct LoggedRequest: Sendable {
    /// nil for routes that are not a ``SandboxEndpoint`` (unknown routes, served uploads).
    public let endpoint: SandboxEndpoint?
    public let method: String
    public let path: String
    public let receivedAt: ContinuousClock.Instant
    /// An `Authorization: Bearer …` header was present.
    public let hasBearer: Bool
    public let range: String?
    public let ifRange: String?
    /// The request body; for uploads at most the first 64 KiB.
    public let body: [UInt8]
    public let status: Int
    public let fault: SandboxFault?
    /// The prompt's marker that asked for `fault`, when one did.
    public let marker: PromptMarker?
}

extension LoggedRequest {
    /// One line for a console: `POST /api/open-api/v1/grok/videos → 200`, plus the fault if
    /// one was applied and the prompt's marker that asked for it:
    /// `… → 429 (fault: rateLimited(retryAfter: 2), asked by [429])`.
    public var summary: String {
        let line = "\(method) \(path) → \(status)"
        guard let fault else { return line }
        return "\(line) (fault: \(fault)" + (marker.map { ", asked by \($0.rawValue))" } ?? ")")
    }
}
