import GrokCore
import Synchronization

/// The body of the API's last answer, as the trace sees it (redacted, cut at the trace
/// limit), kept for `show response` whether or not `--trace` prints it.
final class LastAnswer: Sendable {
    private let stored = Mutex<String?>(nil)

    var body: String? { stored.withLock { $0 } }

    /// A trace sink that keeps each answer's body, then passes the event on to `next`.
    func recording(then next: TraceSink?) -> TraceSink {
        { [self] event in
            if case .response(_, _, let body?, _) = event.kind, !body.hasSuffix("bytes of binary data)") {
                stored.withLock { $0 = body }
            }
            next?(event)
        }
    }
}
