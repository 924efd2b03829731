import Foundation
import Hummingbird
import Logging

/// Builds the sandbox's Hummingbird application; used by ``Sandbox`` and by the `grok-sandbox` executable.
public enum SandboxServer {
    /// Sent with `1` on every answer (unless `SandboxConfiguration.announcesItself` is off), so
    /// a client can tell a sandbox from the real API, which never sends it.
    public static let announcementHeaderName = "X-Grok-Sandbox"
    static let announcementHeader = HTTPFields.Element.Name(announcementHeaderName)!

    /// Serves until SIGINT or SIGTERM, then returns after a graceful shutdown.
    /// - Parameters:
    ///   - onListening: called once with the base URL, as soon as the server is listening.
    ///   - onRequest: called after each answer is decided, with what the request log records.
    public static func runUntilSignalled(
        _ configuration: SandboxConfiguration,
        onRequest: @escaping @Sendable (LoggedRequest) -> Void = { _ in },
        onListening: @escaping @Sendable (URL) async -> Void
    ) async throws {
        let application = try makeApplication(
            state: SandboxState(configuration: configuration),
            onRequest: onRequest,
            onListening: onListening
        )
        try await application.runService()
    }

    static func makeApplication(
        state: SandboxState,
        onRequest: @escaping @Sendable (LoggedRequest) -> Void,
        onListening: @escaping @Sendable (URL) async -> Void
    ) throws -> some ApplicationProtocol {
        let configuration = state.configuration
        _ = try baseURL(host: configuration.host, port: configuration.port)
        let responder = SandboxResponder(
            state: state,
            videoFile: try VideoFile(size: configuration.videoSize),
            onRequest: onRequest
        )
        return Application(
            responder: responder,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                // The host was checked before binding; only the port is new.
                guard let url = try? baseURL(host: configuration.host, port: port) else { return }
                await state.setListeningAuthority(authority(host: configuration.host, port: port))
                await onListening(url)
            },
            logger: Logger(label: "grok-sandbox") { _ in SwiftLogNoOpLogHandler() }
        )
    }

    static func authority(host: String, port: Int) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    static func baseURL(host: String, port: Int) throws(SandboxError) -> URL {
        guard let url = URL(string: "http://" + authority(host: host, port: port)), url.host != nil else {
            throw SandboxError.invalidHost(host)
        }
        return url
    }
}
