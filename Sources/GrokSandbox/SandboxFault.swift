/// A scripted misbehaviour, consumed by one request on its endpoint.
public enum SandboxFault: Sendable, Equatable {
    /// That status with an error envelope (code -1).
    case httpStatus(Int)
    /// 429 with `Retry-After: retryAfter` (seconds).
    case rateLimited(retryAfter: Int)
    /// HTTP 200 with a code -1 envelope.
    case serverBusy
    /// The request is handled, the response head and part of the body are sent, then the connection is closed.
    case dropConnection
    /// The normal answer, trickled a few bytes per chunk with this delay between chunks.
    case slowBody(chunkDelay: Duration)
    /// HTTP 200, `Content-Type: application/json`, and a body that is not JSON.
    case malformedJSON
}
