/// Exponential backoff with full jitter (SPEC §5).
public struct RetryPolicy: Sendable, Equatable {
    /// Further attempts after the first.
    public var maxRetries: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// A `Retry-After` longer than this is not waited for: the error is reported instead.
    public var maxRetryAfter: Duration

    /// Retries when the user sets none (`retries`).
    public static let defaultMaxRetries = 4
    /// Retries after a refused connection or a name with no address (`NetworkFailure.isUnreachable`).
    public static let unreachableRetries = 1

    public init(
        maxRetries: Int = defaultMaxRetries, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30),
        maxRetryAfter: Duration = .seconds(120)
    ) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// The pause before retry number `retry` (0 for the first retry).
    /// `unit` is a random number in 0..<1; the server's `Retry-After` is a floor.
    public func delay(beforeRetry retry: Int, retryAfter: Duration?, unit: Double) -> Duration {
        let ceiling = min(maxDelay, baseDelay * Double(1 << min(retry, 30)))
        let jittered = ceiling * max(0, min(1, unit))
        guard let retryAfter else { return jittered }
        return max(retryAfter, jittered)
    }

    /// How many retries a request that failed with `error` may have in all: few when the
    /// server is not there at all, so that a wrong address fails fast; timeouts and other
    /// failures keep `maxRetries`.
    public func retries(after error: GrokError) -> Int {
        error.isUnreachable ? min(maxRetries, Self.unreachableRetries) : maxRetries
    }
}
