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
}

extension LoggedRequest {
    /// One line for a console: `POST /api/open-api/v1/grok/videos → 200`, plus the fault if one was applied.
    public var summary: String {
        let line = "\(method) \(path) → \(status)"
        return fault.map { "\(line) (fault: \($0))" } ?? line
    }
}
