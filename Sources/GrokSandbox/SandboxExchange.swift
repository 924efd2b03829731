import Hummingbird

/// A received request, body read in full, as the handlers see it.
struct SandboxExchange: Sendable {
    let route: SandboxRoute
    let method: HTTPRequest.Method
    let path: String
    let headers: HTTPFields
    let body: [UInt8]
    /// Scheme, host and port as the client addressed this server, e.g. `http://127.0.0.1:54321`.
    let origin: String
}
