/// When to poll a task (SPEC §5): first after `initialInterval`, then each interval 1.5× the
/// one before up to `maximumInterval`, each jittered by ±20%.
public struct PollSchedule: Sendable, Equatable {
    public var initialInterval: Duration
    public var maximumInterval: Duration
    public var growth: Double
    public var jitter: Double

    public init(initialInterval: Duration = .seconds(5), maximumInterval: Duration = .seconds(15), growth: Double = 1.5, jitter: Double = 0.2) {
        self.initialInterval = initialInterval
        self.maximumInterval = max(initialInterval, maximumInterval)
        self.growth = growth
        self.jitter = jitter
    }

    /// The pause before poll number `poll` (0 for the first); `unit` is random in 0..<1.
    public func interval(beforePoll poll: Int, unit: Double) -> Duration {
        var base = initialInterval
        for _ in 0..<min(poll, 64) {
            base = base * growth
            if base >= maximumInterval { base = maximumInterval; break }
        }
        let factor = 1 + jitter * (2 * max(0, min(1, unit)) - 1)
        return base * factor
    }
}
