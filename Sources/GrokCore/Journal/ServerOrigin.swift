import Foundation

/// The server a journal record belongs to, so names and ids from one server never resolve
/// against another's: `scheme://host:port` of the base URL, or `sandbox` for grok's
/// in-process sandbox, which is one server across runs whatever port it listens on.
public struct ServerOrigin: Sendable, Hashable, CustomStringConvertible {
    /// As the journal writes it.
    public let text: String

    public static let sandbox = ServerOrigin(text: "sandbox")

    public init(text: String) {
        self.text = text
    }

    /// The origin of `baseURL`; `.sandbox` when it is the in-process sandbox's (`sandbox`).
    public init(baseURL: URL, sandbox: URL? = nil) {
        guard let origin = Origin(baseURL) else {
            self.init(text: baseURL.absoluteString)
            return
        }
        if let sandbox, Origin(sandbox) == origin {
            self = .sandbox
        } else {
            self.init(text: "\(origin.scheme)://\(Self.bracketed(origin.host)):\(origin.port)")
        }
    }

    /// `api.x.ai`, `127.0.0.1:8080` (the port only when it is not the scheme's), `sandbox`.
    public var host: String {
        guard let url = URL(string: text), let origin = Origin(url) else { return text }
        let defaultPort = origin.scheme == "https" ? 443 : 80
        let host = Self.bracketed(origin.host)
        return origin.port == defaultPort ? host : "\(host):\(origin.port)"
    }

    /// An IPv6 address is written in brackets, as in a URL.
    private static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }

    public var description: String { text }
}
