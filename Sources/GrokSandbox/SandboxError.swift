/// Why a sandbox could not start.
public enum SandboxError: Error, Equatable, CustomStringConvertible {
    case videoSizeTooSmall(minimum: Int)
    case invalidHost(String)
    case notListening

    public var description: String {
        switch self {
        case .videoSizeTooSmall(let minimum):
            "video size must be the sample's own size or at least \(minimum) bytes"
        case .invalidHost(let host):
            "'\(host)' is not a host name or IP address"
        case .notListening:
            "the server stopped before it was listening"
        }
    }
}
