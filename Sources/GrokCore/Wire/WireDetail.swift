import Foundation

/// One side of an exchange in full, for the session's wire log (`show response`, `show
/// exchange`, `--json` exchange events, HAR, `record`): every header, the body up to a
/// larger limit than the trace's, and what HAR needs besides. Already redacted.
public struct WireDetail: Sendable, Equatable {
    /// When the request started, or the answer's headers arrived.
    public let date: Date
    public let headers: [TraceEvent.Header]
    public let body: WireBody?
    /// The answer's reason phrase (`Not Found`); `nil` on the request side.
    public let statusText: String?
    public let httpVersion: String
    /// The local file a multipart body streams (an upload); the body holds only its size.
    public let file: String?

    public init(date: Date, headers: [TraceEvent.Header], body: WireBody?, statusText: String? = nil,
                httpVersion: String = "HTTP/1.1", file: String? = nil) {
        self.date = date
        self.headers = headers
        self.body = body
        self.statusText = statusText
        self.httpVersion = httpVersion
        self.file = file
    }

    /// The first header of that name, any case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// A body as the session keeps it: its text redacted, then cut at `limit` bytes.
public struct WireBody: Sendable, Equatable {
    /// `nil`: binary, or never read (a video streamed to disk); `size` says how large.
    public let text: String?
    /// Its length in bytes in full; `nil` when unknown.
    public let size: Int?
    /// Whether `text` is only the start of the body.
    public let isCut: Bool
    public let mimeType: String

    /// Bodies longer than this are cut in the wire log: the API's JSON is far smaller.
    public static let limit = 16 * 1024

    public init(text: String?, size: Int?, isCut: Bool, mimeType: String) {
        self.text = text
        self.size = size
        self.isCut = isCut
        self.mimeType = mimeType
    }

    /// `bytes` (possibly only the start of a longer body of `size`) as kept: redacted, cut, binary left out.
    static func capture(_ bytes: [UInt8], size: Int? = nil, mimeType: String?, redactor: Redactor) -> WireBody {
        let total = size ?? bytes.count
        let type = mimeType ?? "application/octet-stream"
        guard !bytes.isEmpty, let (text, read) = redactor.textWindow(of: bytes, forCutAt: limit) else {
            return WireBody(text: nil, size: total, isCut: false, mimeType: type)
        }
        let wasCut = read < total
        let kept = redactor.cut(text, maxBytes: limit, textWasCut: wasCut)
        return WireBody(text: kept.text, size: total, isCut: kept.isShortened || wasCut, mimeType: type)
    }
}
