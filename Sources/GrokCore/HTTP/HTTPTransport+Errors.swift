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
                return TransportFailure(error: .timeout("could not connect"), provablyNotSent: beforeSending)
            case .invalidURL, .emptyHost, .emptyScheme:
                return TransportFailure(error: .network("invalid URL (\(clientError))"), provablyNotSent: beforeSending)
            case .readTimeout, .deadlineExceeded:
                return TransportFailure(error: .timeout("no answer in time"), provablyNotSent: false)
            case .remoteConnectionClosed:
                return TransportFailure(error: .network("the server closed the connection"), provablyNotSent: false)
            default:
                return TransportFailure(error: .network(String(describing: clientError)), provablyNotSent: false)
            }
        }
        if let connectionError = error as? NIOConnectionError {
            let reason = connectionError.connectionErrors.first.map { Self.reason($0.error) } ?? "no address to connect to"
            return TransportFailure(error: .network("cannot connect to \(connectionError.host):\(connectionError.port): \(reason)"),
                                    provablyNotSent: beforeSending)
        }
        if let ioError = error as? IOError {
            let connectErrors: Set<Int32> = [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL]
            return TransportFailure(error: .network(Self.reason(ioError)),
                                    provablyNotSent: beforeSending && connectErrors.contains(ioError.errnoCode))
        }
        if let channelError = error as? ChannelError, case .connectTimeout = channelError {
            return TransportFailure(error: .timeout("could not connect"), provablyNotSent: beforeSending)
        }
        if phase == .body {
            return TransportFailure(error: .network("the answer broke off (\(error))"), provablyNotSent: false)
        }
        return TransportFailure(error: .network(String(describing: error)), provablyNotSent: false)
    }

    /// `connection refused` rather than NIO's `connection reset (error set): …`.
    private static func reason(_ error: any Error) -> String {
        guard let ioError = error as? IOError else { return String(describing: error) }
        return String(cString: strerror(ioError.errnoCode)).lowercased()
    }
}
