import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// One request of a download: asks for the rest of the part (or all of it), checks that the
/// answer is what was asked for, and streams it into the part.
struct VideoFetch {
    enum Step {
        case finished(bytes: Int64)
        case redirect(URL)
        /// The answer does not continue the part: start again from zero.
        case restart(DownloadMismatch)
    }

    let url: URL
    let taskID: String?
    let recordPath: String
    /// Whether the body must be an MP4 (an `ftyp` box at its start).
    let expectingVideo: Bool
    let progress: @Sendable (DownloadProgress) -> Void

    func run(_ location: URL, into part: inout PartialFile, transport: HTTPTransport) async throws(GrokError) -> Step {
        let offset = part.size
        let record = offset > 0 ? PartialRecord.load(from: recordPath) : nil
        var request = OutgoingRequest(method: "GET", url: location)
        request.headers = [("Accept", "*/*")]
        if offset > 0 {
            request.headers.append(("Range", "bytes=\(offset)-"))
            if let ifRange = record?.ifRange { request.headers.append(("If-Range", ifRange)) }
        }
        let response: HTTPClientResponse
        do {
            (response, _, _) = try await transport.stream(request, timeout: .seconds(7 * 24 * 3600))
        } catch {
            throw error.error
        }
        let status = Int(response.status.code)
        let headers = response.headers
        let length = headers.first(name: "Content-Length").flatMap { Int64($0) }
        let range = ContentRange(headers.first(name: "Content-Range"))

        var start: Int64 = 0
        switch status {
        case 301, 302, 303, 307, 308:
            guard let target = headers.first(name: "Location"), let next = URL(string: target, relativeTo: location)?.absoluteURL else {
                throw .unexpectedRedirect(status: status, location: nil)
            }
            return .redirect(next)
        case 200:
            // A 200 to a range request is the whole video: it replaces the part.
            if offset > 0 { try part.truncate() }
        case 206:
            guard let range, let first = range.start else {
                return .restart(.partialWithoutRange)
            }
            guard first == offset else {
                return .restart(.wrongRange(offset: offset, contentRange: headers.first(name: "Content-Range") ?? ""))
            }
            if let mismatch = record?.mismatch(with: answered(headers, total: range.total)) {
                return .restart(mismatch)
            }
            start = offset
        case 416:
            if let total = range?.total, total == offset, offset > 0, record?.total.map({ $0 == total }) ?? true {
                return try finished(&part, total: total, redactor: transport.redactor)
            }
            return .restart(.rangeNotSatisfiable(offset: offset))
        case 429:
            throw .rateLimited(retryAfter: RetryAfter.parse(headers.first(name: "Retry-After")))
        default:
            let excerpt = (try? await response.body.collect(upTo: 4096))
                .map { ResponseDecoding.excerpt(Array($0.readableBytesView), redactor: transport.redactor) } ?? ""
            throw .http(status: status, excerpt: excerpt)
        }
        let contentType = headers.first(name: "Content-Type")
        if contentType?.lowercased().hasPrefix("application/json") == true {
            throw await Self.jsonInsteadOfVideo(response, status: status, redactor: transport.redactor)
        }
        let expected = range?.total ?? length.map { start + $0 }
        if let expected, expected > GrokClient.maxDownloadBytes { throw .downloadTooLarge(bytes: expected) }

        var body = response.body.makeAsyncIterator()
        var received = start
        do {
            if start == 0 {
                // The first bytes decide whether this is a video at all, before any is kept.
                let head = try await Self.head(of: &body)
                switch VideoSniffer.judge(head, contentType: contentType) {
                case .video: break
                case .html:
                    let page = head + (try await Self.more(of: &body, upTo: transport.redactor.window(forCutAt: ResponseDecoding.excerptLength)))
                    throw GrokError.htmlInsteadOfVideo(excerpt: ResponseDecoding.excerpt(page, redactor: transport.redactor, whole: false))
                case .empty: throw GrokError.emptyVideo
                case .unknown:
                    if expectingVideo { throw GrokError.notMP4(excerpt: ResponseDecoding.excerpt(head, redactor: transport.redactor, whole: false)) }
                }
                try answered(headers, total: expected).save(to: recordPath)
                try part.append(ByteBuffer(bytes: head))
                received += Int64(head.count)
            }
            progress(DownloadProgress(received: received, total: expected))
            while let chunk = try await body.next() {
                try part.append(chunk)
                received += Int64(chunk.readableBytes)
                if let expected, received > expected { throw GrokError.downloadIncomplete(expected: expected, received: received) }
                progress(DownloadProgress(received: received, total: expected))
            }
        } catch let error as GrokError {
            try? part.sync()
            throw error
        } catch {
            try? part.sync()
            throw HTTPTransport.translate(error, phase: .body).error
        }
        try part.sync()
        if let expected, received < expected {
            throw .network(.endedEarly(received: received, expected: expected))
        }
        return try finished(&part, total: expected, redactor: transport.redactor)
    }

    /// The part is whole: checked, whatever path led here, before it may be moved into place.
    private func finished(_ part: inout PartialFile, total: Int64?, redactor: Redactor) throws(GrokError) -> Step {
        try part.checkWhole(total: total, expectingVideo: expectingVideo, redactor: redactor)
        return .finished(bytes: part.size)
    }

    /// What the answer says of the whole video, in the terms of a part's record.
    private func answered(_ headers: HTTPHeaders, total: Int64?) -> PartialRecord {
        PartialRecord(taskID: taskID, url: url.absoluteString, etag: headers.first(name: "ETag"),
                      lastModified: headers.first(name: "Last-Modified"), total: total)
    }

    /// At least `VideoSniffer.headLength` bytes, unless the body is shorter.
    private static func head(of body: inout HTTPClientResponse.Body.AsyncIterator) async throws -> [UInt8] {
        var head: [UInt8] = []
        while head.count < VideoSniffer.headLength, let chunk = try await body.next() {
            head += chunk.readableBytesView
        }
        return head
    }

    /// A little more of a body that is being refused, to quote it: enough to redact it before the quote is cut.
    private static func more(of body: inout HTTPClientResponse.Body.AsyncIterator, upTo limit: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < limit, let chunk = try? await body.next() {
            bytes += chunk.readableBytesView
        }
        return bytes
    }

    /// A JSON answer where a video was expected: the API's error envelope (such as code -1,
    /// retried like any transient failure), or something that is certainly not the video.
    private static func jsonInsteadOfVideo(_ response: HTTPClientResponse, status: Int, redactor: Redactor) async -> GrokError {
        guard let buffer = try? await response.body.collect(upTo: 64 * 1024) else {
            return .notAVideo(excerpt: "(a JSON body larger than 64 KiB)")
        }
        let body = Array(buffer.readableBytesView)
        do {
            _ = try ResponseDecoding.payload(status: status, body: body, redactor: redactor)
            return .notAVideo(excerpt: ResponseDecoding.excerpt(body, redactor: redactor))
        } catch {
            return error
        }
    }
}
