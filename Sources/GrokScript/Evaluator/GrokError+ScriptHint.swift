import GrokCore

extension GrokError {
    /// The hint a script shows: advice that names the commands to use, else the core's own.
    var scriptHint: String? {
        switch self {
        case .createOutcomeUnknown:
            "do not resubmit blindly: `jobs` lists it as unconfirmed; check the provider's dashboard"
        case .createdButNotRecorded(let taskID, _):
            "keep this id: wait \(taskID) and download \(taskID) work without the journal".escapingControlCharacters
        case .waitTimedOut(let taskID, _):
            "resume with: wait \(taskID)".escapingControlCharacters
        case .htmlInsteadOfVideo, .emptyVideo, .notMP4:
            "nothing was saved; the URL may need a login or may have expired: `status` asks for a fresh one"
        case .downloadInProgress:
            "wait for the other download to finish, or choose another path with `to PATH`"
        case .downloadInconsistent, .downloadAbandoned:
            "the part downloaded so far is kept and the next `download` resumes it if it still fits"
        case .targetExists:
            "choose another path with `to PATH`, or `set overwrite on`"
        case .unknownTask:
            "`jobs` lists the tasks the journal knows"
        case .unsafeDownloadPath(let path, GrokError.isADirectory):
            "to save into this folder, name the file: `to \(path)/NAME.mp4`".escapingControlCharacters
        case .unsafeDownloadPath(let path, _):
            ("grok writes a download only to regular files it makes, never through a link; "
                + "remove '\(path)' if you put it there, or choose another path with `to PATH`").escapingControlCharacters
        case .invalidDraft(let problems):
            problems.compactMap(\.scriptHint).first
        default:
            hint
        }
    }
}
