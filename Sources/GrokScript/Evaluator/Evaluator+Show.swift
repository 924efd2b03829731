import Foundation
import GrokCore
import GrokSyntax

extension Evaluator {
    /// The draft's fields or the session options, each as `key value`; `nil` for a field not set.
    private func settings(draft: Bool) -> [(String, String?)] {
        Setting.all.filter { $0.isDraftField == draft }.map { ($0.key.rawValue, $0.value(in: session)) }
    }

    func show(_ target: ShowTarget, at range: SourceRange) async throws {
        switch target {
        case .draft:
            reporter.emit(.settings(kind: "draft", settings(draft: true)))
        case .options:
            reporter.emit(.settings(kind: "options", settings(draft: false)))
        case .request:
            // An incomplete draft shows the body so far and what submit would refuse.
            do { _ = try session.draft.validated() } catch {
                guard case .invalidDraft(let problems) = error else { throw RuntimeFailure(.client(error), at: range) }
                let missing = problems.map(\.message).joined(separator: "; ")
                return reporter.emit(.request(session.draft.partialRequestJSON, note: "not ready to send: \(missing)"))
            }
            let (request, note) = try requestPreview(at: range)
            reporter.emit(.request(request.json, note: note))
        case .curl(let call?):
            try await showCurl(call, at: range)
        case .curl(nil):
            let (request, _) = try requestPreview(at: range)
            let upload: String? = if case .file(let path) = session.draft.image, cachedUpload(path) == nil { path } else { nil }
            emitCurl(CurlCommand.create(baseURL: session.options.baseURL, request: request, uploading: upload))
        case .response:
            reporter.emit(.response(await services.wire()?.last))
        case .exchange(let argument):
            let text = try value(of: argument, as: .count(1...Int(Int32.max)))
            // A run that sends nothing (a dry run, the rehearsal) has no exchanges to show.
            guard let wire = await services.wire() else { return }
            guard let number = Int(text), let exchange = wire.exchange(number) else {
                throw RuntimeFailure(.wire(.noSuchExchange(text, kept: wire.keptNumbers)), at: argument.range)
            }
            reporter.emit(.exchange(exchange))
        case .jobs:
            try await jobs(all: false, at: range)
        case .job(let reference):
            let service = try await service(at: range)
            let label = try await task(try reference.map(value(of:)) ?? Word.last, service: service, at: range)
            let job: Job?
            do { job = try await service.resolve(.nameOrID(label.taskID)) } catch { throw RuntimeFailure(.client(error), at: range) }
            if let job {
                reporter.emit(.job(job, now: Date()))
            } else if let info = session.known[label.taskID] {
                reporter.emit(.job(Job(name: label.name, taskID: info.taskID, confirmation: .created, status: info.status,
                                       progress: info.progress, updatedAt: Date(), videoURL: info.videoURL,
                                       errorMessage: info.errorMessage), now: Date()))
            } else {
                throw RuntimeFailure(.client(.unknownTask(reference: label.name ?? label.taskID)), at: range)
            }
        }
    }

    /// The create request the draft would send now. A local image not uploaded yet is
    /// shown as `upload://PATH`, with a note saying its URL takes that place.
    private func requestPreview(at range: SourceRange) throws -> (CreateRequest, note: String?) {
        let valid: ValidDraft
        do { valid = try session.draft.validated() } catch { throw RuntimeFailure(.client(error), at: range) }
        switch valid.image {
        case .url(let url):
            return (valid.request(imageURL: url), nil)
        case .file(let path):
            if let url = cachedUpload(path) { return (valid.request(imageURL: url), nil) }
            return (valid.request(imageURL: "upload://" + path), "submit uploads \(path) first; its URL replaces upload://\(path)")
        }
    }
}
