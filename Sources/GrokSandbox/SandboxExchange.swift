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

extension SandboxExchange {
    /// The same request with no `Range` header: the whole answer.
    func withoutRange() -> SandboxExchange {
        var headers = self.headers
        headers[.range] = nil
        return SandboxExchange(route: route, method: method, path: path, headers: headers, body: body, origin: origin)
    }

    /// The same request with no `If-Range` header: its `Range` is answered unconditionally.
    func withoutIfRange() -> SandboxExchange {
        var headers = self.headers
        headers[.ifRange] = nil
        return SandboxExchange(route: route, method: method, path: path, headers: headers, body: body, origin: origin)
    }
}
