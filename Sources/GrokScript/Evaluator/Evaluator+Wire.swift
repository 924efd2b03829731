import GrokCore
import GrokSyntax

extension Evaluator {
    /// After `set har` or `unset har`: the session's exchanges go to the file now named, or
    /// to none. A run that sends nothing (a dry run, the rehearsal) writes no file.
    func followHAR(at range: SourceRange) async throws {
        guard let wire = await services.wire() else { return }
        let path = session.options.har
        do { try wire.writeHAR(to: path) } catch {
            throw RuntimeFailure(.wire(.cannotWrite(what: "HAR file", path: path ?? "", reason: error.reason)), at: range)
        }
    }
}

extension Evaluator {
    /// `record FILE.md` starts the handout (a file there is replaced); `record off` stops it.
    func record(to path: String, at range: SourceRange) throws {
        guard let handout else { return }
        guard path != Word.off else { return handout.stop() }
        do { try handout.start(path, baseURL: session.options.baseURL) } catch {
            throw RuntimeFailure(.wire(.cannotWrite(what: "handout", path: path, reason: error.reason)), at: range)
        }
    }
}

extension GrokError {
    /// Why a file could not be written, without the path the message around it names.
    var reason: String {
        switch self {
        case .fileSystem(_, let reason), .unsafeDownloadPath(_, let reason): reason
        default: description
        }
    }
}
