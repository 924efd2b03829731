import GrokCore

/// The family of a client-core error, as a run reports it: the diagnostic id is
/// `run.` followed by the raw value.
enum ClientFailure: String {
    case configuration
    case authentication
    case invalidDraft = "invalid-draft"
    case upload
    case api
    case response
    case network
    case createOutcomeUnknown = "create-outcome-unknown"
    case waitTimeout = "wait-timeout"
    case taskFailed = "task-failed"
    case noVideo = "no-video"
    case unknownTask = "unknown-task"
    case download
    case file
    case interrupted

    init(_ error: GrokError) {
        self = switch error {
        case .missingKey, .keyFileUnreadable, .keyFileMode, .emptyKey, .invalidBaseURL, .insecureTransport, .stateDirectory: .configuration
        case .authentication: .authentication
        case .api(APICode.authenticationFailed, _, _): .authentication
        case .invalidDraft: .invalidDraft
        case .uploadFileUnreadable, .uploadTooLarge, .uploadUnsupportedType: .upload
        case .api: .api
        case .http, .notJSON, .bodyTooLarge, .missingField, .unexpectedRedirect, .rateLimited: .response
        case .network, .timeout: .network
        case .createOutcomeUnknown: .createOutcomeUnknown
        case .createdButNotRecorded: .file
        case .waitTimedOut: .waitTimeout
        case .taskFailed: .taskFailed
        case .noVideoURL: .noVideo
        case .unknownTask: .unknownTask
        case .targetExists, .downloadIncomplete, .notAVideo, .unsupportedURL, .tooManyRedirects, .htmlInsteadOfVideo, .emptyVideo,
             .notMP4, .downloadTooLarge, .downloadInProgress, .downloadInconsistent, .downloadAbandoned: .download
        case .fileSystem, .journal: .file
        case .cancelled: .interrupted
        case .unsafeDownloadPath: .download
        }
    }
}
