import AsyncHTTPClient
import Foundation
import NIOCore

/// The client of the JimmyAI video API: every call validated, rate-capped, retried as
/// SPEC §5 allows, and traced redacted. Call `shutdown()` when done (or use `withClient`).
public final class GrokClient: Sendable {
    public let configuration: ClientConfiguration
    let transport: HTTPTransport
    let rateLimiter: RateLimiter
    let requestSlots: RequestSlots
    /// API requests in flight at once; the connection pool holds as many connections.
    static let maxConcurrentRequests = 8

    /// `rateLimiter`: a cap shared with other clients of the process; by default the client
    /// has its own at `configuration.requestsPerSecond`.
    public init(configuration: ClientConfiguration, rateLimiter: RateLimiter? = nil) throws(GrokError) {
        guard let origin = Origin(configuration.baseURL) else {
            throw .invalidBaseURL(configuration.baseURL.absoluteString)
        }
        if configuration.apiKey != nil, !origin.allowsKey(insecureHTTPAllowed: configuration.allowInsecureHTTP) {
            throw .insecureTransport(host: origin.host)
        }
        var httpConfiguration = HTTPClient.Configuration()
        httpConfiguration.redirectConfiguration = .disallow
        httpConfiguration.timeout = .init(
            connect: .nanoseconds(HTTPTransport.nanoseconds(configuration.connectTimeout)),
            read: .nanoseconds(HTTPTransport.nanoseconds(configuration.readTimeout)))
        httpConfiguration.decompression = .disabled
        httpConfiguration.connectionPool = .init(
            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: Self.maxConcurrentRequests)
        // The pool would otherwise try a refused connection again and again until the connect
        // timeout ran out (10 s for each request): a failed connection fails its request at
        // once, and `RetryPolicy` decides what is tried again.
        httpConfiguration.connectionPool.retryConnectionEstablishment = false
        self.configuration = configuration
        self.transport = HTTPTransport(
            client: HTTPClient(eventLoopGroupProvider: .singleton, configuration: httpConfiguration),
            apiOrigin: origin, key: configuration.apiKey, allowInsecureHTTP: configuration.allowInsecureHTTP,
            maxBodyBytes: configuration.maxResponseBytes, trace: configuration.trace, gate: configuration.gate,
            exchangeCounter: configuration.exchangeNumbers)
        self.rateLimiter = rateLimiter ?? RateLimiter(requestsPerSecond: configuration.requestsPerSecond)
        self.requestSlots = RequestSlots(limit: Self.maxConcurrentRequests)
    }

    public func shutdown() async {
        try? await transport.client.shutdown()
    }

    /// Runs `body` with a client that is shut down afterwards, whether `body` throws or not.
    public static func withClient<Result: Sendable>(
        _ configuration: ClientConfiguration, _ body: (GrokClient) async throws -> Result
    ) async throws -> Result {
        let client = try GrokClient(configuration: configuration)
        do {
            let result = try await body(client)
            await client.shutdown()
            return result
        } catch {
            await client.shutdown()
            throw error
        }
    }

    public var redactor: Redactor { transport.redactor }

    /// Whether this client has handed a request to the network yet (it may then have reached
    /// the server). Requests refused before that, by validation or by the transport's own
    /// checks, do not count.
    public var hasDispatchedRequests: Bool { transport.dispatchCounter.count > 0 }

    /// Whether an API answer has said this server is a sandbox (``SandboxAnnouncement``): its
    /// tasks take seconds, so a wait polls as promptly as under `--sandbox`.
    public var answeredBySandbox: Bool { transport.sandboxAnswers.count > 0 }
}

extension GrokClient {
    /// Creates a task. Sent at most once unless the server provably did not take it
    /// (HTTP 429, or a connection that failed before the request was written).
    public func create(_ request: CreateRequest) async throws(GrokError) -> CreatedTask {
        let payload = try await perform(.create, body: .json(request.json), idempotent: false)
        return try ResponseDecoding.createdTask(from: payload, redactor: redactor)
    }

    public func query(taskID: String) async throws(GrokError) -> TaskInfo {
        let payload = try await perform(.query(taskID: taskID), idempotent: true)
        return try ResponseDecoding.task(from: payload, baseURL: configuration.baseURL, redactor: redactor)
    }

    public func userBalance() async throws(GrokError) -> UserBalance {
        try ResponseDecoding.userBalance(from: try await perform(.userBalance, idempotent: true), redactor: redactor)
    }

    public func keyBalance() async throws(GrokError) -> KeyBalance {
        try ResponseDecoding.keyBalance(from: try await perform(.keyBalance, idempotent: true))
    }

    /// Uploads a local file (checked for size and type before anything is sent).
    public func upload(path: String) async throws(GrokError) -> UploadedFile {
        let body = try UploadCheck.body(forFileAt: path)
        let payload = try await perform(.upload, body: .multipart(body), idempotent: true)
        return try ResponseDecoding.uploadedFile(from: payload, baseURL: configuration.baseURL, redactor: redactor)
    }
}
