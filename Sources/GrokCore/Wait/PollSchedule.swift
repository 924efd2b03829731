/// When to poll a task (SPEC §5). Until progress rises, the first poll comes after
/// `initialInterval` and each later one 1.5× the pause before it, up to `maximumInterval`,
/// jittered by ±20%. Once two answers show progress rising, the next poll is timed for the
/// predicted finish (see `PollSchedule+Prediction.swift`).
public struct PollSchedule: Sendable, Equatable {
    public var initialInterval: Duration
    public var maximumInterval: Duration
    public var growth: Double
    public var jitter: Double

    /// The first pause, and the longest, when the user sets neither (`poll-interval`, `max-poll-interval`).
    public static let defaultInitialInterval: Duration = .seconds(5)
    public static let defaultMaximumInterval: Duration = .seconds(15)

    public init(initialInterval: Duration = defaultInitialInterval, maximumInterval: Duration = defaultMaximumInterval, growth: Double = 1.5, jitter: Double = 0.2) {
        self.initialInterval = initialInterval
        self.maximumInterval = max(initialInterval, maximumInterval)
        self.growth = growth
        self.jitter = jitter
    }

    /// The first pause against a sandbox (`--sandbox`'s, for its 4 s tasks), when the user's
    /// is longer.
    public static let sandboxInitialInterval: Duration = .seconds(1)

    /// This schedule against a sandbox, whose tasks take seconds: the first pause at most
    /// ``sandboxInitialInterval``; then, as against any server, ×1.5 until progress rises
    /// and the predicted finish after (with ``briskInterval`` following the first pause).
    public var forSandbox: PollSchedule {
        var schedule = self
        schedule.initialInterval = min(initialInterval, Self.sandboxInitialInterval)
        return schedule
    }

    /// The pause before poll number `poll` (0 for the first) on the ×1.5 schedule; `unit` is random in 0..<1.
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
