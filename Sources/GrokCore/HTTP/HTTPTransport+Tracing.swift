import AsyncHTTPClient
import Foundation
import NIOHTTP1

extension HTTPTransport {
    /// The answer's headers the trace prints; the wire log keeps them all.
    static let tracedResponseHeaders: Set = ["content-type", "content-length", "content-range", "retry-after", "location"]
    /// The request's headers the trace leaves out: the same on every request.
    static let untracedRequestHeaders: Set = ["user-agent", "accept"]

    /// The request as the trace and the gate show it, redacted; the wire log keeps every header.
    func requestEvent(exchange: Int, request: OutgoingRequest, clientRequest: HTTPClientRequest) -> TraceEvent {
        let headers = clientRequest.headers.map { TraceEvent.Header(name: $0.name, value: redactor.redact($0.value)) }
        let preview = request.bodyPreview
        var size = preview.count
        var file: String?
        if case .multipart(let multipart) = request.body { (size, file) = (Int(multipart.contentLength), multipart.path) }
        let body = preview.isEmpty ? nil
            : WireBody.capture(preview, size: size, mimeType: clientRequest.headers.first(name: "Content-Type"), redactor: redactor)
        let detail = WireDetail(date: Date(), headers: headers, body: body, file: file.map(redactor.redact))
        return TraceEvent(exchange: exchange, kind: .request(
            method: request.method, url: redactor.redact(request.url.absoluteString),
            headers: headers.filter { !Self.untracedRequestHeaders.contains($0.name.lowercased()) },
            body: TraceEvent.bodyText(preview, redactor: redactor)), detail: detail)
    }

    /// `body`: `nil` for an answer streamed to disk (a download), whose body is never held.
    func traceResponse(exchange: Int, response: HTTPClientResponse, body: [UInt8]?, started: ContinuousClock.Instant) {
        guard let trace else { return }
        let headers = response.headers.map { TraceEvent.Header(name: $0.name, value: redactor.redact($0.value)) }
        let type = response.headers.first(name: "Content-Type")
        let kept: WireBody? = if let body {
            body.isEmpty ? nil : WireBody.capture(body, mimeType: type, redactor: redactor)
        } else {
            WireBody(text: nil, size: response.headers.first(name: "Content-Length").flatMap { Int($0) }, isCut: false,
                     mimeType: type ?? "application/octet-stream")
        }
        let version = "HTTP/\(response.version.major)" + (response.version.major < 2 ? ".\(response.version.minor)" : "")
        let detail = WireDetail(date: Date(), headers: headers, body: kept, statusText: response.status.reasonPhrase,
                                httpVersion: version)
        trace(TraceEvent(exchange: exchange, kind: .response(
            status: Int(response.status.code), headers: headers.filter { Self.tracedResponseHeaders.contains($0.name.lowercased()) },
            body: TraceEvent.bodyText(body ?? [], redactor: redactor), elapsed: .now - started), detail: detail))
    }

    func traceFailure(exchange: Int, message: String, started: ContinuousClock.Instant) {
        trace?(TraceEvent(exchange: exchange, kind: .failure(message: redactor.redact(message), elapsed: .now - started)))
    }
}
