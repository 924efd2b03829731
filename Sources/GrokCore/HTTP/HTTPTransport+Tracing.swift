import AsyncHTTPClient
import NIOHTTP1

extension HTTPTransport {
    /// The request as the trace and the gate show it, redacted.
    func requestEvent(exchange: Int, request: OutgoingRequest, clientRequest: HTTPClientRequest) -> TraceEvent {
        let headers = clientRequest.headers
            .filter { $0.name.lowercased() != "user-agent" && $0.name.lowercased() != "accept" }
            .map { TraceEvent.Header(name: $0.name, value: redactor.redact($0.value)) }
        return TraceEvent(exchange: exchange, kind: .request(
            method: request.method, url: redactor.redact(request.url.absoluteString), headers: headers,
            body: TraceEvent.bodyText(request.bodyPreview, redactor: redactor)))
    }

    func traceResponse(exchange: Int, status: Int, headers: HTTPHeaders, body: [UInt8], started: ContinuousClock.Instant) {
        guard let trace else { return }
        let shown = ["content-type", "content-length", "content-range", "retry-after", "location"]
        let lines = headers.filter { shown.contains($0.name.lowercased()) }
            .map { TraceEvent.Header(name: $0.name, value: redactor.redact($0.value)) }
        trace(TraceEvent(exchange: exchange, kind: .response(
            status: status, headers: lines, body: TraceEvent.bodyText(body, redactor: redactor), elapsed: .now - started)))
    }

    func traceFailure(exchange: Int, message: String, started: ContinuousClock.Instant) {
        trace?(TraceEvent(exchange: exchange, kind: .failure(message: redactor.redact(message), elapsed: .now - started)))
    }
}
