import Foundation

/// Scheme, host and port of a URL: the key goes only to the API's own origin.
public struct Origin: Sendable, Equatable {
    public let scheme: String
    public let host: String
    public let port: Int

    public init?(_ url: URL) {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host?.lowercased(), !host.isEmpty else { return nil }
        self.scheme = scheme
        self.host = host
        self.port = url.port ?? (scheme == "https" ? 443 : 80)
    }

    /// 127.0.0.0/8, ::1 and localhost.
    public var isLoopback: Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if bare == "localhost" || bare == "::1" { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false).map { UInt8($0) }
        return octets.count == 4 && octets.allSatisfy { $0 != nil } && octets.first == 127
    }

    /// Whether a key may travel to this origin in clear text.
    public func allowsKey(insecureHTTPAllowed: Bool) -> Bool {
        scheme == "https" || isLoopback || insecureHTTPAllowed
    }
}
