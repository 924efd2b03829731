import Foundation

/// Everything that can go wrong in the client core. Each case maps onto one exit status;
/// the wording lives in `GrokError+Description.swift`. Errors never carry the API key.
public indirect enum GrokError: Error, Sendable, Equatable {
    // Configuration and authentication
    case missingKey
    case keyFileUnreadable(path: String, reason: String)
    case keyFileMode(path: String, mode: Int)
    case emptyKey(source: String)
    case invalidBaseURL(String)
    case insecureTransport(host: String)
    case authentication(message: String)
    /// The state directory (journal, history) cannot be made.
    case stateDirectory(path: String, reason: String)

    // Requests that are refused before anything is sent
    case invalidDraft([ValidationProblem])
    case uploadFileUnreadable(path: String, reason: String)
    case uploadTooLarge(path: String, size: Int64, limit: Int64)
    case uploadUnsupportedType(path: String, fileExtension: String)

    // Answers
    case api(code: Int, message: String, httpStatus: Int)
    case http(status: Int, excerpt: String)
    case rateLimited(retryAfter: Duration?)
    case notJSON(httpStatus: Int, excerpt: String)
    case bodyTooLarge(limit: Int)
    case missingField(String, excerpt: String)
    case unexpectedRedirect(status: Int, location: String?)

    // Transport
    case network(NetworkFailure)
    case timeout(TimeoutFailure)

    /// A create whose fate is unknown: it may have created a (paid) task.
    case createOutcomeUnknown(cause: GrokError)
    /// The task was created (and is paid for) but the journal could not record it.
    case createdButNotRecorded(taskID: String, reason: String)

    // Tasks
    case waitTimedOut(taskID: String, after: Duration)
    case taskFailed(taskID: String, status: String, message: String?)
    case noVideoURL(taskID: String, status: String)
    case unknownTask(reference: String)

    // Files
    case targetExists(path: String)
    case downloadIncomplete(expected: Int64, received: Int64)
    case notAVideo(excerpt: String)
    case htmlInsteadOfVideo(excerpt: String)
    case emptyVideo
    /// No MP4 `ftyp` box at the start of what arrived.
    case notMP4(excerpt: String)
    case downloadTooLarge(bytes: Int64)
    /// Another process holds the lock on this target's `.part` file.
    case downloadInProgress(path: String)
    /// The server's answers do not continue the part (wrong `Content-Range`, a changed video).
    case downloadInconsistent(DownloadMismatch)
    /// One download opened as many connections as it may.
    case downloadAbandoned(attempts: Int, cause: GrokError)
    case unsupportedURL(String)
    case tooManyRedirects(String)
    case fileSystem(path: String, reason: String)
    case journal(path: String, reason: String)

    case cancelled
    /// Where a download would write there is something grok did not make and must not
    /// write through: a symbolic link, a directory, a special file, a file with another hard
    /// link. Found before anything is fetched.
    case unsafeDownloadPath(path: String, reason: String)
    /// The reason of an `unsafeDownloadPath` that is a directory.
    public static let isADirectory = "it is a directory"

    public var exitStatus: ExitStatus {
        switch self {
        case .missingKey, .keyFileUnreadable, .keyFileMode, .emptyKey, .invalidBaseURL,
             .insecureTransport, .authentication, .stateDirectory:
            return .authentication
        case .invalidDraft, .uploadFileUnreadable, .uploadTooLarge, .uploadUnsupportedType:
            return .usage
        case .api(let code, _, _) where code == APICode.authenticationFailed:
            return .authentication
        case .waitTimedOut:
            return .waitTimedOut
        case .taskFailed:
            return .taskFailed
        case .cancelled:
            return .interrupted
        case .createOutcomeUnknown(let cause) where cause == .cancelled:
            return .interrupted
        default:
            return .runtimeError
        }
    }

    /// Whether a request that failed this way may be sent again when it is idempotent.
    var isTransient: Bool {
        switch self {
        case .network, .timeout, .rateLimited: return true
        case .http(let status, _): return status >= 500
        case .notJSON(let status, _): return status >= 500
        case .api(let code, _, let status): return code == APICode.serverBusy || status >= 500
        default: return false
        }
    }

    /// A server that is not there (`NetworkFailure.isUnreachable`): retried once at most.
    var isUnreachable: Bool {
        if case .network(let failure) = self { failure.isUnreachable } else { false }
    }
}
