import Foundation
import GrokCore
import GrokSyntax

extension Evaluator {
    func download(reference: String?, to target: String?, at range: SourceRange) async throws {
        let service = try await service(at: range)
        let label = try await task(reference ?? Word.last, service: service, at: range)
        let path = target.map { Self.expandHome($0, environment: environment) } ?? defaultPath(for: label)
        if !session.options.overwrite, let bytes = await service.savedVideo(of: label.taskID, at: path) {
            session.builtins[.file] = path
            reporter.emit(.alreadyDownloaded(label, path: path, bytes: bytes))
            return
        }
        let result = try await effects.download(label.text, to: path, overwrite: session.options.overwrite, at: range, in: frames.last?.source) {
            try await fetchVideo(of: label, to: path, named: target, service: service, at: range)
        }
        guard let result else { return }
        session.builtins[.file] = path
        reporter.emit(.downloaded(label, path: path, bytes: result.bytes, resumedFrom: result.resumedFrom))
    }

    /// Queries the task unless its video is known, then downloads it, showing progress.
    private func fetchVideo(of label: TaskLabel, to path: String, named target: String?, service: any VideoService,
                            at range: SourceRange) async throws -> DownloadResult? {
        var info = session.known[label.taskID]
        if info?.videoURL == nil || info?.status.isSuccess != true {
            do { info = try await service.query(taskID: label.taskID) } catch { throw RuntimeFailure(.client(error), at: range) }
        }
        if let info, info.status.isTerminal, !info.status.isSuccess {
            // Waiting cannot bring a video: say it ended, and why.
            throw RuntimeFailure(.client(.taskFailed(taskID: label.text, status: info.status.description, message: info.errorMessage),
                                         hint: "it has no video; `show job \(label.name ?? label.taskID)` shows what was asked"), at: range)
        }
        guard let info, info.status.isSuccess, let url = info.videoURL else {
            let status = info?.status.description ?? "unknown"
            throw RuntimeFailure(.client(.noVideoURL(taskID: label.text, status: status),
                                         hint: "wait for it first: wait \(label.name ?? label.taskID)"), at: range)
        }
        remember(info)
        let reporter = self.reporter
        do {
            return try await service.download(from: url, to: path, overwrite: session.options.overwrite, taskID: label.taskID) { progress in
                reporter.emit(.downloadProgress(path: path, progress))
            }
        } catch {
            if error == .cancelled {
                reporter.emit(.warning("interrupted: the download stopped; resume with: download \(label.name ?? label.taskID)" + (target.map { " to \($0)" } ?? "")))
            }
            throw RuntimeFailure(.client(error), at: range)
        }
    }

    /// `download all [to DIR]`: each completed task of the session (or, with none, of the
    /// journal) to `DIR/NAME-or-TASKID.mp4`; tasks not completed are named and skipped.
    func downloadAll(to directory: String?, at range: SourceRange) async throws {
        let service = try await service(at: range)
        var failures: [RuntimeFailure] = []
        var saved = 0
        for target in try await tasks(.all, unfinished: false, service: service, at: range) {
            var info = session.known[target.taskID]
            if info?.status.isSuccess != true {
                do { info = try await service.query(taskID: target.taskID) } catch {
                    // Interrupted (Ctrl-C, or `q` at a step pause): the command stops here.
                    guard error != .cancelled else { throw RuntimeFailure(.client(error), at: range) }
                    failures.append(RuntimeFailure(.client(error), at: range))
                    continue
                }
            }
            guard let info, info.status.isSuccess else {
                reporter.emit(.echo("skipped \(target.text): \(info?.status.description ?? "unknown")"))
                continue
            }
            remember(info)
            do {
                try await download(reference: target.taskID, to: defaultPath(for: target, in: directory), at: range)
                saved += 1
            } catch let failure as RuntimeFailure {
                guard failure.status != .interrupted else { throw failure }
                failures.append(failure)
            }
        }
        if saved == 0 && failures.isEmpty { reporter.emit(.echo("no completed tasks to download")) }
        try await report(failures)
    }

    /// `OUTPUT-DIR/NAME-or-TASKID.mp4`, with anything that could leave the directory replaced.
    func defaultPath(for label: TaskLabel, in chosen: String? = nil) -> String {
        let base = label.name ?? label.taskID
        let safe = String(base.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
        let stem = safe.isEmpty || safe.allSatisfy({ $0 == "." }) ? "video" : safe
        let directory = Self.expandHome(chosen ?? session.options.outputDir, environment: environment)
        if directory == "." { return stem + ".mp4" }
        return directory.hasSuffix("/") ? directory + stem + ".mp4" : directory + "/" + stem + ".mp4"
    }
}
