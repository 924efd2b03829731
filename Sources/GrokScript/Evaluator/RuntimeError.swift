import GrokCore
import GrokSyntax

/// A command that failed while running, with where it was written and the exit status
/// it stands for. Rendered like every other diagnostic.
struct RuntimeError: Error {
    let id: String
    let message: String
    let range: SourceRange
    let label: String?
    let hints: [String]
    let status: ExitStatus

    init(_ id: String, _ message: String, at range: SourceRange, label: String? = nil, hints: [String] = [], status: ExitStatus = .runtimeError) {
        self.id = id
        self.message = message
        self.range = range
        self.label = label
        self.hints = hints
        self.status = status
    }

    /// A client-core error, pinned on the command that ran into it.
    init(_ error: GrokError, at range: SourceRange) {
        var hints: [String] = []
        var label: String?
        if case .invalidDraft(let problems) = error {
            label = problems.count == 1 ? problems[0].hint : nil
            hints = problems.count == 1 ? [] : problems.map { $0.message + ($0.hint.map { ": " + $0 } ?? "") }
        } else if let hint = error.hint {
            hints = [hint]
        }
        self.init("run." + RuntimeError.kind(of: error), error.description, at: range, label: label, hints: hints, status: error.exitStatus)
    }

    var diagnostic: Diagnostic {
        Diagnostic(id: id, message: message, range: range, label: label, notes: hints.map { .hint($0) })
    }

    private static func kind(of error: GrokError) -> String {
        switch error {
        case .missingKey, .keyFileUnreadable, .keyFileMode, .emptyKey, .invalidBaseURL, .insecureTransport: "configuration"
        case .authentication: "authentication"
        case .api(APICode.authenticationFailed, _, _): "authentication"
        case .invalidDraft: "invalid-draft"
        case .uploadFileUnreadable, .uploadTooLarge, .uploadUnsupportedType: "upload"
        case .api: "api"
        case .http, .notJSON, .bodyTooLarge, .missingField, .unexpectedRedirect, .rateLimited: "response"
        case .network, .timeout: "network"
        case .createOutcomeUnknown: "create-outcome-unknown"
        case .waitTimedOut: "wait-timeout"
        case .taskFailed: "task-failed"
        case .noVideoURL: "no-video"
        case .unknownTask: "unknown-task"
        case .targetExists, .downloadIncomplete, .notAVideo, .unsupportedURL, .tooManyRedirects: "download"
        case .fileSystem, .journal: "file"
        case .cancelled: "interrupted"
        }
    }
}

/// Ends a run early: `exit`, a failure under `on-error stop`, or an interruption.
enum Stop: Error {
    case exit(ExitStatus)
}
