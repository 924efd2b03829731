/// Bounds one download's loop: at most `retries` further attempts for each kind of failure
/// (a count that starts again when an attempt brings bytes never had before), and at most
/// `cap` connections in all, whatever the server does. A connection that only redirected
/// is not counted: redirects have their own bound.
struct DownloadAttempts {
    enum Failure: Hashable {
        /// Network errors, timeouts, HTTP 5xx, 429, code -1.
        case transient
        /// A refused connection, a name with no address: retried once at most.
        case unreachable
        /// An answer that does not continue the part (a wrong `Content-Range`, changed validators).
        case mismatch
    }

    let retries: Int
    let cap: Int
    private(set) var count = 0
    private var failures: [Failure: Int] = [:]
    private var mostBytes: Int64 = 0

    init(retries: Int) {
        self.retries = max(0, retries)
        cap = Self.cap(retries: retries)
    }

    /// The connections one download may open, redirects aside.
    static func cap(retries: Int) -> Int { 4 * (max(0, retries) + 1) }

    /// Counts a new connection; false once the cap is reached.
    mutating func begin() -> Bool {
        guard count < cap else { return false }
        count += 1
        return true
    }

    /// The connection just begun answered with a redirect: it does not count.
    mutating func redirected() {
        count -= 1
    }

    /// Counts a failure after the part reached `bytes`; false when this kind has used its retries.
    mutating func failed(_ failure: Failure, bytes: Int64) -> Bool {
        if bytes > mostBytes {
            mostBytes = bytes
            failures = [:]
        }
        failures[failure, default: 0] += 1
        let allowed = failure == .unreachable ? min(retries, RetryPolicy.unreachableRetries) : retries
        return failures[failure, default: 0] <= allowed
    }

    /// Retries of `failure` so far, for the backoff.
    func retried(_ failure: Failure) -> Int { max(0, failures[failure, default: 0] - 1) }
}
