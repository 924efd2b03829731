/// Spaces requests evenly so that no one-second window holds more than `requestsPerSecond`,
/// shared by every concurrent caller. The spacing is 25% wider than the cap so that
/// scheduling and network jitter (up to a quarter second) never let the server see more.
actor RateLimiter {
    nonisolated let interval: Duration
    private let clock = ContinuousClock()
    private var nextSlot: ContinuousClock.Instant?

    init(requestsPerSecond: Double) {
        let rate = max(0.001, requestsPerSecond)
        interval = .seconds(1.25 / rate)
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
