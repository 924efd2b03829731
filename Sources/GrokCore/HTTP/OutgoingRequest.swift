import AsyncHTTPClient
import Foundation
import NIOCore

/// A request the transport can send, built afresh for every attempt.
struct OutgoingRequest: Sendable {
    enum Body: Sendable {
        case none
        case json(JSONValue)
        /// Streamed from disk; `preview` stands in for it in traces.
        case multipart(MultipartFileBody)
    }

    var method: String
    var url: URL
    var headers: [(String, String)] = []
    var body: Body = .none

    var bodyPreview: [UInt8] {
        switch body {
        case .none: return []
        case .json(let value): return Array(value.compactText.utf8)
        case .multipart(let body): return Array(body.preview.utf8)
        }
    }

    func httpClientRequest(authorization: String?) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .init(rawValue: method)
        request.headers.add(name: "User-Agent", value: "grok/\(GrokVersion.current)")
        request.headers.add(name: "Accept", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        switch body {
        case .none:
            break
        case .json(let value):
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: value.compactText))
        case .multipart(let multipart):
            request.headers.add(name: "Content-Type", value: multipart.contentType)
            request.body = .stream(multipart, length: .known(multipart.contentLength))
        }
        return request
    }
}
