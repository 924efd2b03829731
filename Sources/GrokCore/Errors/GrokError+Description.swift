import Foundation

extension GrokError: CustomStringConvertible {
    /// One line saying what went wrong. Text from a server or a file is in it with its
    /// control characters escaped, so it is safe to print on a terminal.
    public var description: String {
        rawDescription.escapingControlCharacters
    }

    private var rawDescription: String {
        switch self {
        case .missingKey:
            return "no API key"
        case .keyFileUnreadable(let path, let reason):
            return "cannot read the key file '\(path)': \(reason)"
        case .keyFileMode(let path, let mode):
            return "refusing the key file '\(path)': its mode is \(String(mode, radix: 8)), readable by others"
        case .emptyKey(let source):
            return "the API key from \(source) is empty"
        case .invalidBaseURL(let text):
            return "invalid base URL '\(text)'"
        case .insecureTransport(let host):
            return "refusing to send the API key over plain http to '\(host)'"
        case .authentication(let message):
            return "authentication failed: \(message)"
        case .stateDirectory(let path, let reason):
            return "cannot use the state directory '\(path)': \(reason)"
        case .invalidDraft(let problems):
            return problems.map(\.message).joined(separator: "; ")
        case .uploadFileUnreadable(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .uploadTooLarge(let path, let size, let limit):
            return "'\(path)' is \(ByteCount.format(size)); uploads are limited to \(ByteCount.format(limit))"
        case .uploadUnsupportedType(let path, let ext):
            return "'\(path)' has an extension the API does not accept ('\(ext.isEmpty ? "none" : "." + ext)')"
        case .api(let code, let message, _):
            return "API error \(code): \(message)"
        case .http(let status, let excerpt):
            return "HTTP \(status) from the API" + (excerpt.isEmpty ? "" : ": \(excerpt)")
        case .rateLimited(let retryAfter):
            return "rate limited by the API" + (retryAfter.map { " (retry after \(DurationText.format($0)))" } ?? "")
        case .notJSON(let status, let excerpt):
            return "the API answered HTTP \(status) with a body that is not JSON: \(excerpt)"
        case .bodyTooLarge(let limit):
            return "the API answered with a body larger than \(ByteCount.format(Int64(limit)))"
        case .missingField(let field, let excerpt):
            return "the API answer has no '\(field)': \(excerpt)"
        case .unexpectedRedirect(let status, let location):
            return "the API answered with a redirect (HTTP \(status)) to \(location ?? "nowhere")"
        case .network(let failure):
            return "network error: " + Self.text(of: failure)
        case .timeout(.connecting):
            return "timed out: could not connect"
        case .timeout(.answering):
            return "timed out: no answer in time"
        case .createOutcomeUnknown(let cause):
            return "the create request may have reached the server (\(cause)); a task may exist"
        case .createdButNotRecorded(let taskID, let reason):
            return "task \(taskID) was created, but the journal could not record it: \(reason)"
        case .waitTimedOut(let taskID, let after):
            return "task \(taskID) is still running after \(DurationText.format(after))"
        case .taskFailed(let taskID, let status, let message):
            return "task \(taskID) \(status)" + (message.map { ": \($0)" } ?? "")
        case .noVideoURL(let taskID, let status):
            return "task \(taskID) has no video yet (status \(status))"
        case .unknownTask(let reference):
            return "no task '\(reference)' in the journal"
        case .targetExists(let path):
            return "'\(path)' already exists"
        case .downloadIncomplete(let expected, let received):
            return "download incomplete: received \(received) of \(expected) bytes"
        case .notAVideo(let excerpt):
            return "expected a video but the server answered with JSON: \(excerpt)"
        case .htmlInsteadOfVideo(let excerpt):
            return "the video URL answered an HTML page (first bytes: \(excerpt))"
        case .emptyVideo:
            return "the video URL answered with an empty body"
        case .notMP4(let excerpt):
            return "the video URL answered something that is not an MP4 video (no 'ftyp' box at its start; first bytes: \(excerpt))"
        case .downloadTooLarge(let bytes):
            return "the video is \(ByteCount.format(bytes)); videos over \(ByteCount.format(GrokClient.maxDownloadBytes)) are refused"
        case .downloadInProgress(let path):
            return "another grok is downloading \(path)"
        case .downloadInconsistent(let mismatch):
            return "the server's answers do not fit together: " + Self.text(of: mismatch)
        case .downloadAbandoned(let attempts, let cause):
            return "gave up the download after \(attempts) connections; the last problem: \(cause.rawDescription)"
        case .unsupportedURL(let url):
            return "refusing to fetch '\(url)': only http and https URLs are fetched"
        case .tooManyRedirects(let url):
            return "too many redirects fetching '\(url)'"
        case .fileSystem(let path, let reason):
            return "\(path): \(reason)"
        case .journal(let path, let reason):
            return "journal \(path): \(reason)"
        case .cancelled:
            return "interrupted"
        case .unsafeDownloadPath(let path, let reason):
            return "refusing to write '\(path)': \(reason)"
        }
    }

    private static func text(of failure: NetworkFailure) -> String {
        switch failure {
        case .cannotConnect(let host, let port, let cause):
            return "cannot connect to \(host):\(port): " + (cause.map(text(of:)) ?? "no address to connect to")
        case .system(let number):
            // `connection refused` rather than NIO's `connection reset (error set): …`.
            return String(cString: strerror(number)).lowercased()
        case .invalidURL(let detail):
            return "invalid URL (\(detail))"
        case .closedByServer:
            return "the server closed the connection"
        case .brokeOff(let detail):
            return "the answer broke off (\(detail))"
        case .endedEarly(let received, let expected):
            return "the connection ended after \(received) of \(expected) bytes"
        case .noResponse:
            return "no response"
        case .noAnswer:
            return "no answer"
        case .other(let detail):
            return detail
        }
    }

    private static func text(of mismatch: DownloadMismatch) -> String {
        switch mismatch {
        case .partialWithoutRange:
            return "a partial answer (206) came without a valid Content-Range"
        case .wrongRange(let offset, let contentRange):
            return "asked for bytes from \(offset), the server sent \(contentRange)"
        case .etagChanged(let before, let after):
            return "the video changed since the part was saved: its ETag changed from \(before) to \(after)"
        case .lastModifiedChanged(let before, let after):
            return "the video changed since the part was saved: its Last-Modified changed from \(before) to \(after)"
        case .sizeChanged(let before, let after):
            return "the video changed since the part was saved: its size changed from \(before) to \(after) bytes"
        case .rangeNotSatisfiable(let offset):
            return "the server could not serve bytes from \(offset) (HTTP 416)"
        }
    }

    /// What the user can do about it, when there is something to say outside the language:
    /// advice that names a command is added by GrokScript (`GrokError.scriptHint`).
    public var hint: String? {
        rawHint?.escapingControlCharacters
    }

    private var rawHint: String? {
        switch self {
        case .missingKey:
            return "export JIMMYAI_API_KEY, or pass --api-key-file with a file of mode 0600; --sandbox needs no key"
        case .keyFileMode(let path, _):
            return "chmod 600 '\(path)'"
        case .insecureTransport:
            return "use https, or pass --allow-insecure-http if you really mean it"
        case .authentication, .api(APICode.authenticationFailed, _, _):
            return "check JIMMYAI_API_KEY: it may be wrong or expired"
        case .invalidDraft(let problems):
            return problems.compactMap(\.hint).first
        case .uploadTooLarge:
            return "the API accepts files up to 100 MiB"
        case .uploadUnsupportedType:
            return "accepted: " + UploadRules.allowedExtensions.map { "." + $0 }.joined(separator: " ")
        case .stateDirectory:
            return "choose another with --state-dir DIR or GROK_STATE_DIR"
        case .rateLimited:
            return "wait a little and try again"
        case .network:
            return "check the base URL (--base-url, JIMMYAI_BASE_URL) and the network"
        case .unsafeDownloadPath(let path, _):
            return "grok writes a download only to regular files it makes, never through a link; "
                + "remove '\(path)' if you put it there, or choose another path"
        default:
            return nil
        }
    }
}
