import AsyncHTTPClient
import Foundation
import NIOCore

extension GrokClient {
    public static let maxRedirects = 5
    /// Larger videos are refused.
    public static let maxDownloadBytes: Int64 = 16 * 1024 * 1024 * 1024

    /// Streams `url` to `path` through `path.part`, resuming with `Range` after a dropped
    /// connection or from an earlier run's `.part`, checking the length, syncing, and only
    /// then moving it into place. Memory use does not depend on the file's size.
    public func download(
        from url: URL, to path: String, overwrite: Bool = false,
        progress: @escaping @Sendable (DownloadProgress) -> Void = { _ in }
    ) async throws(GrokError) -> DownloadResult {
        guard Origin(url) != nil else { throw .unsupportedURL(url.absoluteString) }
        if !overwrite, access(path, F_OK) == 0 { throw .targetExists(path: path) }
        try Self.createParentDirectory(of: path)
        let part = path + ".part"
        let resumedFrom = PartialFile.size(of: part) ?? 0
        var location = url
        var redirects = 0
        var retry = 0
        var attempts = 0
        while true {
            attempts += 1
            let offset = PartialFile.size(of: part) ?? 0
            let step: DownloadStep
            do {
                step = try await fetch(location, into: part, from: offset, progress: progress)
            } catch {
                let madeProgress = (PartialFile.size(of: part) ?? 0) > offset
                if madeProgress { retry = 0 }
                guard error.isTransient, retry < configuration.retry.maxRetries else { throw error }
                let delay = configuration.retry.delay(beforeRetry: retry, retryAfter: nil, unit: Double.random(in: 0..<1))
                do { try await Task.sleep(for: delay) } catch { throw .cancelled }
                retry += 1
                continue
            }
            switch step {
            case .finished(let bytes):
                try PartialFile.moveIntoPlace(part, target: path, overwrite: overwrite)
                return DownloadResult(path: path, bytes: bytes, resumedFrom: resumedFrom, attempts: attempts)
            case .redirect(let next):
                redirects += 1
                guard redirects <= Self.maxRedirects else { throw .tooManyRedirects(url.absoluteString) }
                guard Origin(next) != nil else { throw .unsupportedURL(next.absoluteString) }
                location = next
            case .restart:
                unlink(part)
            }
        }
    }

    private enum DownloadStep {
        case finished(bytes: Int64)
        case redirect(URL)
        /// The `.part` file does not match what the server has: start again from zero.
        case restart
    }

    private func fetch(
        _ url: URL, into part: String, from offset: Int64, progress: @Sendable (DownloadProgress) -> Void
    ) async throws(GrokError) -> DownloadStep {
        var request = OutgoingRequest(method: "GET", url: url)
        request.headers = [("Accept", "*/*")]
        if offset > 0 { request.headers.append(("Range", "bytes=\(offset)-")) }
        let response: HTTPClientResponse
        do {
            (response, _, _) = try await transport.stream(request, timeout: .seconds(7 * 24 * 3600))
        } catch {
            throw error.error
        }
        let status = Int(response.status.code)
        let length = response.headers.first(name: "Content-Length").flatMap { Int64($0) }
        let range = ContentRange(response.headers.first(name: "Content-Range"))

        let start: Int64
        switch status {
        case 301, 302, 303, 307, 308:
            guard let location = response.headers.first(name: "Location"),
                  let next = URL(string: location, relativeTo: url)?.absoluteURL else {
                throw .unexpectedRedirect(status: status, location: nil)
            }
            return .redirect(next)
        case 200:
            start = 0
        case 206:
            guard let range, range.start == offset else { return .restart }
            start = offset
        case 416:
            if let total = range?.total, total == offset, offset > 0 { return .finished(bytes: offset) }
            return .restart
        case 429:
            throw .rateLimited(retryAfter: RetryAfter.parse(response.headers.first(name: "Retry-After")))
        default:
            let excerpt = (try? await response.body.collect(upTo: 4096)).map { ResponseDecoding.excerpt(Array($0.readableBytesView)) } ?? ""
            throw .http(status: status, excerpt: excerpt)
        }
        if response.headers.first(name: "Content-Type")?.lowercased().hasPrefix("application/json") == true {
            throw await Self.jsonInsteadOfVideo(response, status: status)
        }
        let expected = range?.total ?? length.map { start + $0 }
        if let expected, expected > Self.maxDownloadBytes { throw .downloadIncomplete(expected: expected, received: 0) }

        var file = try PartialFile(path: part, truncate: start == 0)
        defer { file.close() }
        var received = start
        progress(DownloadProgress(received: received, total: expected))
        do {
            for try await chunk in response.body {
                try file.append(chunk)
                received += Int64(chunk.readableBytes)
                if let expected, received > expected { throw GrokError.downloadIncomplete(expected: expected, received: received) }
                progress(DownloadProgress(received: received, total: expected))
            }
        } catch {
            try? file.sync()
            throw HTTPTransport.translate(error, phase: .body).error
        }
        try file.sync()
        if let expected, received < expected {
            throw .network("the connection ended after \(received) of \(expected) bytes")
        }
        return .finished(bytes: received)
    }

    /// A JSON answer where a video was expected: the API's error envelope (such as code -1,
    /// retried like any transient failure), or something that is certainly not the video.
    private static func jsonInsteadOfVideo(_ response: HTTPClientResponse, status: Int) async -> GrokError {
        guard let buffer = try? await response.body.collect(upTo: 64 * 1024) else {
            return .notAVideo(excerpt: "(a JSON body larger than 64 KiB)")
        }
        let body = Array(buffer.readableBytesView)
        do {
            _ = try ResponseDecoding.payload(status: status, body: body)
            return .notAVideo(excerpt: ResponseDecoding.excerpt(body))
        } catch {
            return error
        }
    }

    private static func createParentDirectory(of path: String) throws(GrokError) {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
        var ancestor = parent
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory), ancestor.path != "/" {
            ancestor.deleteLastPathComponent()
        }
        guard isDirectory.boolValue else {
            throw .fileSystem(path: parent.path, reason: "cannot create the directory: '\(ancestor.path)' is not a directory")
        }
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .fileSystem(path: parent.path, reason: "cannot create the directory (\(String(cString: strerror(errno)).lowercased()))")
        }
    }
}
