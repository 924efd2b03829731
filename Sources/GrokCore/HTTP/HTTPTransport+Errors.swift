import AsyncHTTPClient
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#endif

extension HTTPTransport {
    enum Phase { case request, body }

    /// Maps AsyncHTTPClient and NIO errors onto `GrokError`, and says whether the request
    /// provably never reached the server (only connection set-up failures qualify).
    static func translate(_ error: any Error, phase: Phase) -> TransportFailure {
        if let failure = error as? TransportFailure { return failure }
        if let grokError = error as? GrokError { return TransportFailure(error: grokError, provablyNotSent: false) }
        if error is CancellationError { return TransportFailure(error: .cancelled, provablyNotSent: false) }
        let beforeSending = phase == .request
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .cancelled:
                return TransportFailure(error: .cancelled, provablyNotSent: false)
            case .connectTimeout, .tlsHandshakeTimeout, .socksHandshakeTimeout, .httpProxyHandshakeTimeout,
                 .getConnectionFromPoolTimeout:
                return TransportFailure(error: .timeout(.connecting), provablyNotSent: beforeSending)
            case .invalidURL, .emptyHost, .emptyScheme:
                return TransportFailure(error: .network(.invalidURL(detail: String(describing: clientError))), provablyNotSent: beforeSending)
            case .readTimeout, .deadlineExceeded:
                return TransportFailure(error: .timeout(.answering), provablyNotSent: false)
            case .remoteConnectionClosed:
                return TransportFailure(error: .network(.closedByServer), provablyNotSent: false)
            default:
                return TransportFailure(error: .network(.other(detail: String(describing: clientError))), provablyNotSent: false)
            }
        }
        if let connectionError = error as? NIOConnectionError {
            let cause = connectionError.connectionErrors.first.map { Self.failure($0.error) }
            return TransportFailure(error: .network(.cannotConnect(host: connectionError.host, port: connectionError.port, cause: cause)),
                                    provablyNotSent: beforeSending)
        }
        if let ioError = error as? IOError {
            let connectErrors: Set<Int32> = [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL]
            return TransportFailure(error: .network(.system(errno: ioError.errnoCode)),
                                    provablyNotSent: beforeSending && connectErrors.contains(ioError.errnoCode))
        }
        if let channelError = error as? ChannelError, case .connectTimeout = channelError {
            return TransportFailure(error: .timeout(.connecting), provablyNotSent: beforeSending)
        }
        if phase == .body {
            return TransportFailure(error: .network(.brokeOff(detail: String(describing: error))), provablyNotSent: false)
        }
        return TransportFailure(error: .network(.other(detail: String(describing: error))), provablyNotSent: false)
    }

    /// An errno rather than NIO's `connection reset (error set): …`.
    private static func failure(_ error: any Error) -> NetworkFailure {
        guard let ioError = error as? IOError else { return .other(detail: String(describing: error)) }
        return .system(errno: ioError.errnoCode)
    }
}
