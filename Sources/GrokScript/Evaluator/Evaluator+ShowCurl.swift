import Foundation
import GrokCore
import GrokSyntax

extension Evaluator {
    /// `show curl status REF`, `download REF`, `upload PATH`, `balance`: the call as a curl
    /// line, the key left to the shell. Sends nothing: a download needs a video URL this
    /// session or the journal already knows.
    func showCurl(_ call: CurlCall, at range: SourceRange) async throws {
        let base = session.options.baseURL
        switch call {
        case .status(let reference):
            let label = try await showLabel(reference, at: range)
            emitCurl(CurlCommand.get(Endpoint.query(taskID: label.taskID).url(base: base)))
        case .download(let reference):
            let label = try await showLabel(reference, at: range)
            let service = try await service(at: range)
            var url = session.known[label.taskID].flatMap { $0.status.isSuccess ? $0.videoURL : nil }
            if url == nil, let job = try? await service.resolve(.nameOrID(label.taskID)), job.status?.isSuccess == true { url = job.videoURL }
            guard let url else {
                let status = session.known[label.taskID]?.status.description ?? "not known to be completed"
                throw RuntimeFailure(.client(.noVideoURL(taskID: label.text, status: status),
                                             hint: "wait for it first: wait \(label.name ?? label.taskID)"), at: range)
            }
            emitCurl(CurlCommand.download(url, to: defaultPath(for: label)))
        case .upload(let argument):
            let path = resolveInputPath(try value(of: argument))
            emitCurl(CurlCommand.upload(path, endpoint: Endpoint.upload.url(base: base)))
        case .balance:
            emitCurl(CurlCommand.get(Endpoint.userBalance.url(base: base)) + "\n" + CurlCommand.get(Endpoint.keyBalance.url(base: base)))
        }
    }

    /// A curl command; aimed at this grok's own sandbox, it begins with a comment (still valid
    /// shell) saying that the port goes when grok exits.
    func emitCurl(_ command: String) {
        let ownSandbox = session.options.ownSandbox.map { $0 == session.options.baseURL } ?? false
        reporter.emit(.curl(ownSandbox ? CurlCommand.ownSandboxNote + "\n" + command : command))
    }

    private func showLabel(_ reference: Argument?, at range: SourceRange) async throws -> TaskLabel {
        let service = try await service(at: range)
        return try await task(try reference.map(value(of:)) ?? Word.last, service: service, at: range)
    }
}
