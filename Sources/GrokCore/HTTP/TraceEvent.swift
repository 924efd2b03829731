import Foundation

/// One step of an HTTP exchange, already redacted, for `--trace`.
public struct TraceEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case request(method: String, url: String, headers: [Header], body: String?)
        case response(status: Int, headers: [Header], body: String?, elapsed: Duration)
        case failure(message: String, elapsed: Duration)
    }

    public struct Header: Sendable, Equatable {
        public let name: String
        public let value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Requests and their answers share an id, so concurrent exchanges can be told apart.
    public let exchange: Int
    public let kind: Kind
    /// The same step in full (every header, a longer body), for the session's wire log.
    public let detail: WireDetail?

    public init(exchange: Int, kind: Kind, detail: WireDetail? = nil) {
        self.exchange = exchange
        self.kind = kind
        self.detail = detail
    }

    /// Bodies longer than this are cut in traces.
    public static let bodyLimit = 2048

    /// curl -v style lines: `>` for what was sent, `<` for what came back; control
    /// characters from the server escaped.
    public var lines: [String] { lines(pretty: false) }

    /// `pretty` (on a terminal): a JSON body indented over several lines; any other body,
    /// or one cut at the limit, as one line.
    public func lines(pretty: Bool) -> [String] {
        rawLines(pretty: pretty, whole: false).map(\.escapingControlCharacters)
    }

    /// As `lines`, from the full detail: every header, the reason phrase, the longer body
    /// (`show response`, `show exchange`).
    public func wholeLines(pretty: Bool) -> [String] {
        rawLines(pretty: pretty, whole: true).map(\.escapingControlCharacters)
    }

    private func rawLines(pretty: Bool, whole: Bool) -> [String] {
        func body(_ text: String?, _ mark: String) -> [String] {
            guard let text else { return [] }
            guard pretty, let json = JSONValue.parse(Array(text.utf8)), json.isObjectOrArray else { return [mark + " " + text] }
            return json.prettyText.split(separator: "\n", omittingEmptySubsequences: false).map { mark + " " + $0 }
        }
        let full = whole ? detail : nil
        switch kind {
        case .request(let method, let url, let headers, let text):
            return ["> #\(exchange) \(method) \(url)"] + (full?.headers ?? headers).map { "> \($0.name): \($0.value)" }
                + body(full.map { $0.body.map(Self.wholeText) ?? nil } ?? text, ">")
        case .response(let status, let headers, let text, let elapsed):
            let phrase = full?.statusText.map { " " + $0 } ?? ""
            return ["< #\(exchange) \(status)\(phrase) (\(Self.milliseconds(elapsed)) ms)"]
                + (full?.headers ?? headers).map { "< \($0.name): \($0.value)" }
                + body(full.map { $0.body.map(Self.wholeText) ?? nil } ?? text, "<")
        case .failure(let message, let elapsed):
            return ["! #\(exchange) \(message) (\(Self.milliseconds(elapsed)) ms)"]
        }
    }

    /// A kept body as one text: binary or unread bodies by their size, a cut one marked.
    public static func wholeText(_ body: WireBody) -> String? {
        guard let text = body.text else {
            return body.size.map { "(\($0) bytes of \(body.mimeType), not kept)" } ?? "(a body of \(body.mimeType), not kept)"
        }
        guard body.isCut else { return text }
        return text + " … (\(max(0, (body.size ?? 0) - text.utf8.count)) more bytes)"
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    /// A body as trace text: UTF-8, redacted and then cut at the limit (`Redactor.cut`),
    /// binary summarised.
    static func bodyText(_ bytes: [UInt8], redactor: Redactor) -> String? {
        guard !bytes.isEmpty else { return nil }
        guard let (text, read) = redactor.textWindow(of: bytes, forCutAt: bodyLimit) else {
            return "(\(bytes.count) bytes of binary data)"
        }
        let shown = redactor.cut(text.replacingOccurrences(of: "\n", with: "\\n"), maxBytes: bodyLimit,
                                 textWasCut: read < bytes.count)
        guard shown.isShortened || read < bytes.count else { return shown.text }
        return shown.text + " … (\(max(0, bytes.count - shown.text.utf8.count)) more bytes)"
    }
}

public typealias TraceSink = @Sendable (TraceEvent) -> Void

private extension JSONValue {
    var isObjectOrArray: Bool {
        switch self {
        case .object, .array: true
        default: false
        }
    }
}
