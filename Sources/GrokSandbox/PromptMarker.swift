/// A teaching switch written in a prompt: the task it creates then fails, runs slowly, or
/// meets a fault on one of its requests, with no option given to the server. Each fault
/// looks as the real one would (status, headers, envelope); what each marker touches, and
/// how many times, is in docs/sandbox.md and `grok help sandbox`.
public enum PromptMarker: String, Sendable, CaseIterable {
    /// The task ends `failed` (moderation).
    case fail = "[fail]"
    /// The task takes five times as long.
    case slow = "[slow]"
    /// Each create is answered 429 with `Retry-After` once; the same body sent again is taken.
    case rateLimited = "[429]"
    /// The task's first query is answered HTTP 500 with a code -1 envelope.
    case serverError = "[500]"
    /// The task's first query (after any `[500]`) is answered HTTP 200 with a code -1 envelope.
    case busy = "[busy]"
    /// The first download of the task's video breaks off halfway.
    case drop = "[drop]"
    /// Every request for the task's video is answered with a sign-in page.
    case html = "[html]"
    /// Every create is handled (its task exists) and its answer breaks off halfway.
    case lost = "[lost]"

    /// The seconds `[429]` asks the client to wait: long enough to be seen in class.
    public static let retryAfterSeconds = 2

    /// The markers `prompt` holds, in declaration order.
    static func all(in prompt: String) -> [PromptMarker] {
        allCases.filter { prompt.contains($0.rawValue) }
    }
}
