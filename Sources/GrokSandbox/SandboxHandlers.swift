import Hummingbird

/// Answers a request the way the real API would; faults are applied around it by ``SandboxResponder``.
struct SandboxHandlers: Sendable {
    let state: SandboxState
    let configuration: SandboxConfiguration
    let envelope: Envelope
    let videoFile: VideoFile
    /// Appended to the id of a task created now and to the status of a query answered now.
    var textSuffix = ""
    /// Replaces the status and progress of a query answered now.
    var statusOverride: (status: String, progress: Int)?

    func answer(_ exchange: SandboxExchange) async -> Response {
        if exchange.route.requiresKey, let refusal = refusal(exchange) {
            return refusal
        }
        switch exchange.route {
        case .create: return await create(exchange)
        case .query(let taskID): return await query(taskID: taskID, exchange)
        case .upload: return await upload(exchange)
        case .userBalance: return await userBalance()
        case .keyBalance: return await keyBalance()
        case .video(let taskID): return await video(taskID: taskID, exchange, file: videoFile)
        case .uploadedFile(let number, let filename): return await uploadedFile(number: number, filename: filename)
        case .unknown: return envelope.failure(.badRequest, "no such route: \(exchange.method) \(exchange.path)", status: .notFound)
        }
    }

    func refusal(_ exchange: SandboxExchange) -> Response? {
        guard let key = exchange.headers.bearerKey, !key.isEmpty else {
            return envelope.failure(.unauthorized, "missing API key: send Authorization: Bearer <key>", status: .unauthorized)
        }
        if let expected = configuration.apiKey, key != expected {
            return envelope.failure(.unauthorized, "invalid API key", status: .unauthorized)
        }
        return nil
    }
}
