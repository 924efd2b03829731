import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// A fully read answer.
struct BufferedResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: [UInt8]

    var retryAfter: Duration? { RetryAfter.parse(headers.first(name: "Retry-After")) }
}

/// How far a failed request got: a create may be repeated only when it provably never left.
struct TransportFailure: Error, Sendable {
    let error: GrokError
    let provablyNotSent: Bool
}

/// Sends requests over AsyncHTTPClient: adds the key only for the API's origin, traces every
/// exchange redacted, caps buffered bodies, and translates transport errors.
struct HTTPTransport: Sendable {
    let client: HTTPClient
    let apiOrigin: Origin
    let key: APIKey?
    let allowInsecureHTTP: Bool
    let maxBodyBytes: Int
    let trace: TraceSink?
    /// Asked before each request goes out (`--step`); `nil` sends at once.
    let gate: RequestGate?
    let exchangeCounter: ExchangeCounter
    /// Requests handed to the HTTP client: from then on they may have reached the server.
    let dispatchCounter = ExchangeCounter()
    /// API answers that carried `X-Grok-Sandbox` (``SandboxAnnouncement``).
    let sandboxAnswers = ExchangeCounter()

    var redactor: Redactor { key?.redactor ?? .none }

    /// Sends and reads the whole body, up to `maxBodyBytes`.
    func send(_ request: OutgoingRequest, timeout: Duration) async throws(TransportFailure) -> BufferedResponse {
        let exchange = exchangeCounter.next()
        let started = ContinuousClock.now
        let (response, sendFailure) = await open(request, timeout: timeout, exchange: exchange, started: started)
        guard let response else {
            throw sendFailure ?? TransportFailure(error: .network(.noResponse), provablyNotSent: false)
        }
        do {
            let buffer = try await response.body.collect(upTo: maxBodyBytes)
            let bytes = Array(buffer.readableBytesView)
            traceResponse(exchange: exchange, response: response, body: bytes, started: started)
            if SandboxAnnouncement.isPresent(in: response.headers) { sandboxAnswers.increment() }
            return BufferedResponse(status: Int(response.status.code), headers: response.headers, body: bytes)
        } catch is NIOTooManyBytesError {
            traceFailure(exchange: exchange, message: "body larger than \(maxBodyBytes) bytes", started: started)
            throw TransportFailure(error: .bodyTooLarge(limit: maxBodyBytes), provablyNotSent: false)
        } catch {
            let failure = Self.translate(error, phase: .body)
            traceFailure(exchange: exchange, message: failure.error.description, started: started)
            throw failure
        }
    }

    /// Sends and returns the answer with its body still streaming (for downloads).
    func stream(_ request: OutgoingRequest, timeout: Duration) async throws(TransportFailure) -> (HTTPClientResponse, exchange: Int, started: ContinuousClock.Instant) {
        let exchange = exchangeCounter.next()
        let started = ContinuousClock.now
        let (response, failure) = await open(request, timeout: timeout, exchange: exchange, started: started)
        guard let response else { throw failure ?? TransportFailure(error: .network(.noResponse), provablyNotSent: false) }
        traceResponse(exchange: exchange, response: response, body: nil, started: started)
        return (response, exchange, started)
    }

    private func open(_ request: OutgoingRequest, timeout: Duration, exchange: Int, started: ContinuousClock.Instant)
        async -> (HTTPClientResponse?, TransportFailure?)
    {
        let authorization: String?
        if let key, Origin(request.url) == apiOrigin {
            guard apiOrigin.allowsKey(insecureHTTPAllowed: allowInsecureHTTP) else {
                return (nil, TransportFailure(error: .insecureTransport(host: apiOrigin.host), provablyNotSent: true))
            }
            authorization = "Bearer " + key.secret
        } else {
            authorization = nil
        }
        let clientRequest = request.httpClientRequest(authorization: authorization)
        if trace != nil || gate != nil {
            let event = requestEvent(exchange: exchange, request: request, clientRequest: clientRequest)
            if let gate, await gate(event) == .stop {
                return (nil, TransportFailure(error: .cancelled, provablyNotSent: true))
            }
            trace?(event)
        }
        dispatchCounter.increment()
        do {
            let response = try await client.execute(clientRequest, timeout: .nanoseconds(Self.nanoseconds(timeout)))
            return (response, nil)
        } catch {
            let failure = Self.translate(error, phase: .request)
            traceFailure(exchange: exchange, message: failure.error.description, started: started)
            return (nil, failure)
        }
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? Int64.max : scaled + attoseconds / 1_000_000_000
    }
}

public final class ExchangeCounter: Sendable {
    private let value = Mutex(0)
    public init() {}
    func next() -> Int { value.withLock { $0 += 1; return $0 } }
    func increment() { _ = next() }
    var count: Int { value.withLock { $0 } }
}
