/// Spaces requests evenly so that no one-second window holds more than `requestsPerSecond`,
/// shared by every concurrent caller, and by every client of a process that is given the
/// same limiter. The spacing is 25% wider than the cap so that scheduling and network jitter
/// (up to a quarter second) never let the server see more.
public actor RateLimiter {
    private var interval: Duration
    private let clock = ContinuousClock()
    private var nextSlot: ContinuousClock.Instant?

    public init(requestsPerSecond: Double) {
        interval = Self.spacing(requestsPerSecond)
    }

    /// `set rate-limit N`: slots handed out from now on are spaced for the new cap.
    public func setRate(_ requestsPerSecond: Double) {
        interval = Self.spacing(requestsPerSecond)
    }

    static func spacing(_ requestsPerSecond: Double) -> Duration {
        .seconds(1.25 / max(0.001, requestsPerSecond))
    }

    /// Waits for this caller's slot; throws `CancellationError` when cancelled while waiting.
    func acquire() async throws {
        let now = clock.now
        let slot = max(now, nextSlot ?? now)
        nextSlot = slot + interval
        if slot > now {
            try await clock.sleep(until: slot)
        }
    }
}
