import GrokSandbox

extension FaultMatrixTests {
    /// What a run ends with: its exit status, the creates the sandbox got, and whether the
    /// video was written.
    struct Outcome: Equatable, Sendable, CustomStringConvertible {
        let exit: Int32
        let creates: Int
        let fileWritten: Bool

        /// The video downloaded, after one create.
        static let done = Outcome(exit: 0, creates: 1, fileWritten: true)

        var description: String { "exit \(exit), \(creates) creates, \(fileWritten ? "a file" : "no file")" }
    }

    /// What grok promises about a fault (docs/client.md, "Retries, and the create that is
    /// never repeated"; README, Guarantees), from which each row's outcome follows.
    enum Promise: Sendable {
        /// Network errors, HTTP 5xx, code -1: uploads, queries and downloads are retried, so
        /// one is survived and one on every request fails once the retries run out. A create
        /// it hits may have reached the server, so it is never sent again: exit 1 at once.
        case retried
        /// HTTP 429: retried everywhere, the create too, since a 429 created nothing; one on
        /// the create costs a second create, one on every create `retries + 1` and exit 1.
        case retriedEvenOnCreate
        /// An answer that is not the API's JSON nor a video (not JSON, an HTML page, no body):
        /// an error where it comes, never retried, exit 1, no file.
        case refused
        /// Read through wherever it comes: a slow body, a `Content-Range` nobody asked for,
        /// text with control characters (shown escaped), an unknown status (shown within 0–100).
        case harmless
        /// A dropped connection, then a `206` that claims byte 0: each request after a drop is
        /// served, so it is survived as one dropped connection is; but a download served this
        /// on every request starts over after each drop, and fails once its retries run out.
        case droppedThenRestarted

        func outcome(on endpoint: SandboxEndpoint, _ frequency: Frequency) -> Outcome {
            // The upload comes before the create, so failing there sends none.
            let failed = Outcome(exit: 1, creates: endpoint == .upload ? 0 : 1, fileWritten: false)
            switch self {
            case .harmless:
                return .done
            case .refused:
                return failed
            case .retried:
                return endpoint == .create || frequency == .always ? failed : .done
            case .retriedEvenOnCreate where endpoint == .create:
                return frequency == .once ? Outcome(exit: 0, creates: 2, fileWritten: true)
                    : Outcome(exit: 1, creates: FaultMatrixTests.retries + 1, fileWritten: false)
            case .retriedEvenOnCreate:
                return frequency == .once ? .done : failed
            case .droppedThenRestarted:
                return endpoint == .create || (endpoint == .video && frequency == .always) ? failed : .done
            }
        }

        /// What the page says instead of grok's words where they depend on the run; nil elsewhere.
        func steadyWords(on endpoint: SandboxEndpoint, _ frequency: Frequency) -> String? {
            // How much of each dropped answer arrives varies, and with it which retries run
            // out first (5 to 11 connections in 40 runs), so the last error's words vary.
            guard case .droppedThenRestarted = self, endpoint == .video, frequency == .always else { return nil }
            return "error: the answer broke off, or 'gave up the download after 12 connections' "
                + "(which one depends on how much of each dropped answer arrives)"
        }
    }
}
