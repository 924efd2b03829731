import AsyncHTTPClient
import Foundation
import NIOCore

extension GrokClient {
    public static let maxRedirects = 5
    /// Larger videos are refused.
    public static let maxDownloadBytes: Int64 = 16 * 1024 * 1024 * 1024

    /// Streams `url` to `path` through `path.part` (locked, so one process writes a target),
    /// resuming with `Range` after a dropped connection or from an earlier run's `.part` when
    /// its record says it is a part of this video, checking every answer (range, type,
    /// length, an MP4 `ftyp` box), syncing, and only then moving it into place. Every loop is
    /// bounded; memory use does not depend on the file's size. `expectingVideo: false` fetches
    /// any other file (an upload served back) without asking for an MP4 box.
    public func download(
        from url: URL, to path: String, overwrite: Bool = false, taskID: String? = nil, expectingVideo: Bool = true,
        progress: @escaping @Sendable (DownloadProgress) -> Void = { _ in }
    ) async throws(GrokError) -> DownloadResult {
        guard Origin(url) != nil else { throw .unsupportedURL(url.absoluteString) }
        // Before anything is fetched: what is at the target, the part and its record.
        try Self.checkTarget(path, overwrite: overwrite)
        let recordPath = PartialRecord.path(for: path + ".part")
        try DownloadTarget.makeFolder(of: path)
        var part = try PartialFile.lock(path + ".part", target: path)
        defer { part.close() }
        // Again under the lock: another process may have finished this target meanwhile.
        try Self.checkTarget(path, overwrite: overwrite)
        if !part.mayResume(as: PartialRecord.load(from: recordPath), of: url, taskID: taskID, expectingVideo: expectingVideo) {
            try part.truncate()
            unlink(recordPath)
        }
        let resumedFrom = part.size
        let fetch = VideoFetch(url: url, taskID: taskID, recordPath: recordPath, expectingVideo: expectingVideo, progress: progress)
        var location = url
        var redirects = 0
        var attempts = DownloadAttempts(retries: configuration.retry.maxRetries)
        var lastProblem: GrokError?
        while true {
            guard attempts.begin() else {
                throw .downloadAbandoned(attempts: attempts.count, cause: lastProblem ?? .network(.noAnswer))
            }
            let step: VideoFetch.Step
            do {
                step = try await fetch.run(location, into: &part, transport: transport)
            } catch {
                guard error.isTransient, attempts.failed(error.isUnreachable ? .unreachable : .transient, bytes: part.size) else { throw error }
                lastProblem = error
                let retryAfter: Duration? = if case .rateLimited(let after) = error { after } else { nil }
                let delay = configuration.retry.delay(beforeRetry: attempts.retried(.transient), retryAfter: retryAfter,
                                                      unit: Double.random(in: 0..<1))
                do { try await Task.sleep(for: delay) } catch { throw .cancelled }
                continue
            }
            switch step {
            case .finished(let bytes):
                try part.moveIntoPlace(target: path, overwrite: overwrite)
                return DownloadResult(path: path, bytes: bytes, resumedFrom: part.startedOver ? 0 : resumedFrom,
                                      attempts: attempts.count)
            case .redirect(let next):
                redirects += 1
                guard redirects <= Self.maxRedirects else { throw .tooManyRedirects(url.absoluteString) }
                attempts.redirected()
                guard Origin(next) != nil else { throw .unsupportedURL(next.absoluteString) }
                location = next
            case .restart(let mismatch):
                let problem = GrokError.downloadInconsistent(mismatch)
                guard attempts.failed(.mismatch, bytes: part.size) else { throw problem }
                lastProblem = problem
                try part.truncate()
                unlink(recordPath)
            }
        }
    }

    /// What `DownloadTarget.inspect` refuses, and a regular file there unless `overwrite`.
    private static func checkTarget(_ path: String, overwrite: Bool) throws(GrokError) {
        if case .file = try DownloadTarget.inspect(path), !overwrite { throw .targetExists(path: path) }
    }
}
