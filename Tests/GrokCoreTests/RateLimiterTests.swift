import Testing
@testable import GrokCore

/// The rate cap on an injected clock: slots are booked for made-up arrival instants, so the
/// spacing is checked exactly, without waiting and whatever the machine's load.
@Suite struct RateLimiterTests {
    static let origin = ContinuousClock.now

    /// The most slots booked in any window of one second.
    static func busiestSecond(_ slots: [ContinuousClock.Instant]) -> Int {
        let sorted = slots.sorted()
        var start = 0
        var busiest = 0
        for end in sorted.indices {
            while sorted[end] - sorted[start] >= .seconds(1) { start += 1 }
            busiest = max(busiest, end - start + 1)
        }
        return busiest
    }

    @Test(arguments: [1.0, 5, 50, 200])
    func aBurstNeverExceedsTheCapInAnySecond(cap: Double) async {
        let limiter = RateLimiter(requestsPerSecond: cap)
        var slots: [ContinuousClock.Instant] = []
        for _ in 0..<Int(cap * 4) { slots.append(await limiter.reserve(at: Self.origin)) }
        #expect(Self.busiestSecond(slots) <= Int(cap))
        // Evenly spaced, 25% wider than the cap: the first request goes at once.
        #expect(slots.first == Self.origin)
        #expect(zip(slots, slots.dropFirst()).allSatisfy { $1 - $0 == limiter.interval })
        #expect(limiter.interval == .seconds(1.25 / cap))
    }

    @Test func callersArrivingSlowerThanTheCapGoAtOnce() async {
        let limiter = RateLimiter(requestsPerSecond: 5)
        for step in 0..<10 {
            let arrival = Self.origin + .seconds(step)
            #expect(await limiter.reserve(at: arrival) == arrival)
        }
    }

    @Test func arrivalsMixedWithBurstsStayUnderTheCap() async {
        let limiter = RateLimiter(requestsPerSecond: 10)
        var slots: [ContinuousClock.Instant] = []
        for burst in 0..<5 {
            let arrival = Self.origin + .milliseconds(700 * burst)
            for _ in 0..<15 { slots.append(await limiter.reserve(at: arrival)) }
        }
        #expect(Self.busiestSecond(slots) <= 10)
        #expect(slots == slots.sorted(), "slots are handed out in arrival order")
    }
}
