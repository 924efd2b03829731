import Foundation
import Hummingbird

extension SandboxHandlers {
    /// The result video of a completed task; like a signed storage URL it needs no key. Its
    /// validators are an ETag and, as `Last-Modified`, the task's creation time.
    func video(taskID: String, _ exchange: SandboxExchange, file: VideoFile) async -> Response {
        guard let (task, phase) = await state.taskPhase(id: taskID), phase == .completed else {
            return envelope.failure(.badRequest, "video not found: \(taskID)", status: .notFound)
        }
        let etag = "\"\(task.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "video")-\(file.length)\""
        let lastModified = Self.httpDate(task.createdAt)
        var headers: HTTPFields = [.contentType: "video/mp4", .acceptRanges: "bytes", .eTag: etag, .lastModified: lastModified]
        let status: HTTPResponse.Status
        let range: Range<Int>
        // `If-Range` naming another version (by its ETag or its date): the whole video, not a part of it.
        let ifRange = exchange.headers[.ifRange]
        let rangeHeader = ifRange == nil || ifRange == etag || ifRange == lastModified ? exchange.headers[.range] : nil
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

    /// An HTTP date (RFC 9110's IMF-fixdate): `Sun, 06 Nov 1994 08:49:37 GMT`.
    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
