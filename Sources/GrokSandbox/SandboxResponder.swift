import Hummingbird

/// Every request goes through here: route it, read its body, apply a queued fault or answer it, log it.
struct SandboxResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    static let bodyLimit = 1024 * 1024
    static let uploadBodyLimit = UploadPolicy.maximumFileSize + 1024 * 1024
    static let loggedUploadBytes = 64 * 1024

    let state: SandboxState
    let videoFile: VideoFile
    let onRequest: @Sendable (LoggedRequest) -> Void

    func respond(to request: Request, context: Context) async throws -> Response {
        let receivedAt = ContinuousClock.now
        let route = SandboxRoute(method: request.method, path: request.uri.path)
        let envelope = Envelope(variant: await state.variant)
        var request = request
        let response: Response
        let body: [UInt8]
        var fault: SandboxFault?
        var marker: PromptMarker?
        if let buffer = try? await request.collectBody(upTo: route == .upload ? Self.uploadBodyLimit : Self.bodyLimit) {
            body = Array(buffer.readableBytesView)
            fault = if let endpoint = route.endpoint { await state.nextFault(for: endpoint) } else { nil }
            let authority = if let authority = request.head.authority { authority } else { await state.listeningAuthority }
            let exchange = SandboxExchange(
                route: route,
                method: request.method,
                path: request.uri.path,
                headers: request.headers,
                body: body,
                origin: "http://" + authority
            )
            // A prompt's marker applies only to a request the API would take: a refused key
            // is answered as such first.
            let refused = route.requiresKey && handlers(envelope).refusal(exchange) != nil
            if fault == nil, !refused, let marked = await state.markerFault(for: exchange) {
                (fault, marker) = (marked.fault, marked.marker)
            }
            response = await answer(exchange, fault: fault, envelope: envelope)
        } else {
            body = []
            let message = route == .upload ? SandboxHandlers.tooLargeMessage : "request body is larger than \(Self.bodyLimit) bytes"
            response = envelope.failure(.badRequest, message, status: .badRequest)
        }
        await record(request, route: route, body: body, response: response, fault: fault, marker: marker, receivedAt: receivedAt)
        return announced(response)
    }

    /// `X-Grok-Sandbox: 1` on every answer, unless the configuration says to answer as the real API.
    private func announced(_ response: Response) -> Response {
        guard state.configuration.announcesItself else { return response }
        var response = response
        response.headers[SandboxServer.announcementHeader] = "1"
        return response
    }

    private func handlers(_ envelope: Envelope) -> SandboxHandlers {
        SandboxHandlers(state: state, configuration: state.configuration, envelope: envelope, videoFile: videoFile)
    }

    private func record(
        _ request: Request,
        route: SandboxRoute,
        body: [UInt8],
        response: Response,
        fault: SandboxFault?,
        marker: PromptMarker?,
        receivedAt: ContinuousClock.Instant
    ) async {
        let logged = LoggedRequest(
            endpoint: route.endpoint,
            method: request.method.rawValue,
            path: request.uri.path,
            receivedAt: receivedAt,
            hasBearer: request.headers.bearerKey != nil,
            range: request.headers[.range],
            ifRange: request.headers[.ifRange],
            body: route == .upload ? Array(body.prefix(Self.loggedUploadBytes)) : body,
            status: Int(response.status.code),
            fault: fault,
            marker: marker
        )
        await state.record(logged)
        onRequest(logged)
    }

    private func answer(_ exchange: SandboxExchange, fault: SandboxFault?, envelope: Envelope) async -> Response {
        var handlers = handlers(envelope)
        switch fault {
        case nil:
            return await handlers.answer(exchange)
        case .controlCharacters:
            handlers.textSuffix = SandboxFault.hostileSuffix
            return await handlers.answer(exchange)
        case .unknownStatus:
            handlers.statusOverride = (status: "exploded", progress: 250)
            return await handlers.answer(exchange)
        case .keyEcho(let echo, let offset):
            return .keyEchoPage(echo, offset: offset, headers: exchange.headers)
        case .wrongContentRange:
            return await handlers.answer(exchange.withoutRange()).claimingRangeFromZero()
        case .htmlBody:
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: Response.loginPageBody)))
        case .emptyBody:
            var response = await handlers.answer(exchange)
            response.headers[.contentLength] = "0"
            response.headers[.contentRange] = nil
            response.body = .init()
            return Response(status: .ok, headers: response.headers, body: .init())
        case .dropConnection:
            return await handlers.answer(exchange).truncated()
        case .slowBody(let delay):
            return await handlers.answer(exchange).trickled(delay: delay)
        case .held:
            let response = await handlers.answer(exchange)
            await state.hold()
            return response
        case .heldHalfway:
            return await handlers.answer(exchange).heldHalfway { [state] in await state.hold() }
        case .ignoringIfRange:
            return await handlers.answer(exchange.withoutIfRange())
        case .httpStatus(let code):
            let status = HTTPResponse.Status.standard(code: code)
            return envelope.injectedFailure(status.reasonPhrase.isEmpty ? "server error" : status.reasonPhrase.lowercased(), status: status)
        case .rateLimited(let retryAfter):
            return envelope.injectedFailure(
                "rate limited, retry after \(retryAfter) s",
                status: .tooManyRequests,
                headers: [.retryAfter: String(retryAfter)]
            )
        case .serverBusy:
            return envelope.injectedFailure("server busy, retry later", status: .ok)
        case .malformedJSON:
            return Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: Response.malformedJSONBody))
            )
        }
    }
}
