import Foundation
import GrokCore
import GrokSyntax

extension Evaluator {
    /// Local images keep their upload URL for a day (the API keeps them about three).
    static let uploadLifetime: TimeInterval = 24 * 3600

    func submit(name: String?, at range: SourceRange) async throws {
        let valid: ValidDraft
        do { valid = try session.draft.validated() } catch { throw RuntimeFailure(.client(error), at: range) }
        let service = try await service(at: range)
        let imageURL = try await imageURL(for: valid.image, service: service, at: range)
        let task: CreatedTask
        do { task = try await create(valid.request(imageURL: imageURL), name: name, provenance: provenance(of: valid, at: range), service: service) } catch {
            // `last` is this create now, whose id is not known: never the task before it.
            if case .createOutcomeUnknown = error {
                session.lastCreateUnconfirmed = true
                session.unconfirmedCreates += 1
            }
            throw RuntimeFailure(.client(error), at: range)
        }
        session.lastCreateUnconfirmed = false
        if let name {
            if let previous = session.names[name], previous != task.taskID {
                reporter.emit(.warning("the name '\(name)' now means \(task.taskID), no longer \(previous)"))
            }
            session.names[name] = task.taskID
        }
        session.recordSubmitted(task.taskID)
        session.known[task.taskID] = TaskInfo(taskID: task.taskID, status: task.status)
        record(.task, task.taskID)
        record(.status, task.status.description)
        if let frame = frames.last { try effects.didCreate(maxTasks: session.options.maxTasks, at: range, in: frame.source) }
        reporter.emit(.submitted(taskID: task.taskID, name: name))
    }

    /// A create is paid once it reaches the server, so a signal does not cut it short: it
    /// finishes (within the request's own timeout) and its id is recorded, then the run
    /// stops at the next statement. A second signal ends the process at once.
    private func create(_ request: CreateRequest, name: String?, provenance: Provenance, service: any VideoService) async throws(GrokError) -> CreatedTask {
        let reporter = self.reporter
        let create = Task { () async -> Result<CreatedTask, GrokError> in
            do throws(GrokError) { return .success(try await service.submit(request, name: name, provenance: provenance)) } catch { return .failure(error) }
        }
        let result = await withTaskCancellationHandler {
            await create.value
        } onCancel: {
            reporter.emit(.warning("stopping after the create in flight…"))
        }
        return try result.get()
    }

    /// Where this create comes from, for the journal's reports: the file and line of the
    /// `submit`, and the local image behind the upload URL.
    private func provenance(of draft: ValidDraft, at range: SourceRange) -> Provenance {
        var provenance = Provenance()
        if let source = frames.last?.source {
            provenance.script = source.name
            provenance.line = source.line(containing: range.start)
        }
        if case .file(let path) = draft.image { provenance.imageFile = URL(fileURLWithPath: path).standardizedFileURL.path }
        return provenance
    }

    /// The URL the create call names: the image's own, or a local file's upload.
    private func imageURL(for image: ImageReference, service: any VideoService, at range: SourceRange) async throws -> String {
        switch image {
        case .url(let url):
            return url
        case .file(let path):
            // Told before anything is sent: the rehearsal runs this too.
            guard FileSystem.status(path) == .readable, UploadKey(path: path) != nil else {
                throw RuntimeFailure(.unreadableImage(path: path), at: range)
            }
            if let cached = cachedUpload(path) { return cached }
            return try await upload(path, at: range, service: service)
        }
    }

    /// The URL of an earlier upload of this file, while the file is unchanged and the URL fresh.
    func cachedUpload(_ path: String) -> String? {
        guard let key = UploadKey(path: path), let cached = session.uploads[key],
              Date().timeIntervalSince(cached.at) < Self.uploadLifetime else { return nil }
        return cached.url
    }

    /// Uploads a file, prints its URL, and remembers it for a later `submit` of the same file.
    @discardableResult
    func upload(_ path: String, at range: SourceRange, service: (any VideoService)? = nil) async throws -> String {
        let service = if let service { service } else { try await self.service(at: range) }
        let file: UploadedFile
        do { file = try await service.upload(path: path) } catch { throw RuntimeFailure(.client(error), at: range) }
        let url = file.url.absoluteString
        if let key = UploadKey(path: path) { session.uploads[key] = (url, Date()) }
        record(.uploadURL, url)
        reporter.emit(.uploaded(path: path, url: url))
        return url
    }

    func balance(at range: SourceRange) async throws {
        let service = try await service(at: range)
        do {
            if let (user, key) = try await service.balances() { reporter.emit(.balance(user, key)) }
        } catch {
            throw RuntimeFailure(.client(error), at: range)
        }
    }
}
