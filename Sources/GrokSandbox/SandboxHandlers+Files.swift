import Hummingbird

extension SandboxHandlers {
    /// The result video of a completed task; like a signed storage URL it needs no key.
    func video(taskID: String, _ exchange: SandboxExchange, file: VideoFile) async -> Response {
        guard let (task, phase) = await state.taskPhase(id: taskID), phase == .completed else {
            return envelope.failure(.badRequest, "video not found: \(taskID)", status: .notFound)
        }
        let etag = "\"\(task.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "video")-\(file.length)\""
        var headers: HTTPFields = [.contentType: "video/mp4", .acceptRanges: "bytes", .eTag: etag]
        let status: HTTPResponse.Status
        let range: Range<Int>
        // `If-Range` naming another version: the whole video, not a part of it.
        let ifRange = exchange.headers[.ifRange]
        let rangeHeader = ifRange == nil || ifRange == etag ? exchange.headers[.range] : nil
        switch ByteRangeRequest(header: rangeHeader, length: file.length) {
        case .whole:
            (status, range) = (.ok, 0..<file.length)
        case .partial(let part):
            (status, range) = (.partialContent, part)
            headers[.contentRange] = "bytes \(part.lowerBound)-\(part.upperBound - 1)/\(file.length)"
        case .unsatisfiable:
            headers[.contentRange] = "bytes */\(file.length)"
            return Response(status: .rangeNotSatisfiable, headers: headers, body: .init())
        }
        if exchange.method == .head {
            headers[.contentLength] = String(range.count)
            return Response(status: status, headers: headers, body: .init())
        }
        return Response(status: status, headers: headers, body: file.body(for: range))
    }

    func uploadedFile(number: Int, filename: String) async -> Response {
        guard let file = await state.upload(number: number), file.filename == filename else {
            return envelope.failure(.badRequest, "file not found", status: .notFound)
        }
        return Response(
            status: .ok,
            headers: [.contentType: file.mimeType],
            body: .init(byteBuffer: ByteBuffer(bytes: file.bytes))
        )
    }
}
