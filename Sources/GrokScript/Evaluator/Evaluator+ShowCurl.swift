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
            reporter.emit(.curl(CurlCommand.get(Endpoint.query(taskID: label.taskID).url(base: base))))
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
            reporter.emit(.curl(CurlCommand.download(url, to: defaultPath(for: label))))
        case .upload(let argument):
            let path = resolveInputPath(try value(of: argument))
            reporter.emit(.curl(CurlCommand.upload(path, endpoint: Endpoint.upload.url(base: base))))
        case .balance:
            reporter.emit(.curl(CurlCommand.get(Endpoint.userBalance.url(base: base)) + "\n"
                + CurlCommand.get(Endpoint.keyBalance.url(base: base))))
        }
    }

    private func showLabel(_ reference: Argument?, at range: SourceRange) async throws -> TaskLabel {
        let service = try await service(at: range)
        return try await task(try reference.map(value(of:)) ?? Word.last, service: service, at: range)
    }
}
