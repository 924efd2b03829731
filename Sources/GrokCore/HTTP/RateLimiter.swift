import Synchronization

/// Spaces requests evenly so that no one-second window holds more than `requestsPerSecond`,
/// shared by every concurrent caller, and by every client of a process that is given the
/// same limiter. The spacing is 25% wider than the cap so that scheduling and network jitter
/// (up to a quarter second) never let the server see more.
public actor RateLimiter {
    private let spacing: Mutex<Duration>
    private let clock = ContinuousClock()
    private var nextSlot: ContinuousClock.Instant?

    public init(requestsPerSecond: Double) {
        spacing = Mutex(Self.spacing(requestsPerSecond))
    }

    /// Between two slots.
    nonisolated var interval: Duration { spacing.withLock { $0 } }

    /// `set rate-limit N`: slots booked from now on are spaced for the new cap.
    public func setRate(_ requestsPerSecond: Double) {
        spacing.withLock { $0 = Self.spacing(requestsPerSecond) }
    }

    static func spacing(_ requestsPerSecond: Double) -> Duration {
        .seconds(1.25 / max(0.001, requestsPerSecond))
    }

    /// Waits for this caller's slot; throws `CancellationError` when cancelled while waiting.
    func acquire() async throws {
        let now = clock.now
        let slot = reserve(at: now)
        if slot > now {
            try await clock.sleep(until: slot)
        }
    }

    /// Books the next free slot for a caller arriving at `now` and returns it: `now` itself,
    /// or one interval after the last slot booked. The clock is the caller's, so the spacing
    /// can be checked without waiting.
    func reserve(at now: ContinuousClock.Instant) -> ContinuousClock.Instant {
        let slot = max(now, nextSlot ?? now)
        nextSlot = slot + interval
        return slot
    }
}
