import Foundation

/// Why a request failed below HTTP, as data; the wording is in `GrokError+Description.swift`.
public indirect enum NetworkFailure: Sendable, Equatable {
    /// Connecting to `host:port` failed; `cause` is `nil` when no address was found.
    case cannotConnect(host: String, port: Int, cause: NetworkFailure?)
    /// An operating-system error number (`connection refused`, `connection reset by peer`).
    case system(errno: Int32)
    case invalidURL(detail: String)
    case closedByServer
    /// The answer's body broke off while it was read.
    case brokeOff(detail: String)
    /// The connection ended before the length the server announced.
    case endedEarly(received: Int64, expected: Int64)
    /// The HTTP client gave neither an answer nor an error.
    case noResponse
    /// A download gave up before any connection answered.
    case noAnswer
    /// Anything else, in the words of the library that reported it.
    case other(detail: String)

    /// The connection was refused, or the name has no address: a server that is not there.
    /// Asking again at once does not help, so it is asked once more at most (`RetryPolicy`).
    public var isUnreachable: Bool {
        switch self {
        case .cannotConnect(_, _, let cause?): cause.isUnreachable
        case .cannotConnect(_, _, nil): true
        case .system(let number): number == ECONNREFUSED
        default: false
        }
    }
}
