/// What the schedule needs of one answer to a status query.
public struct PollAnswer: Sendable, Equatable {
    /// Since the wait began, when the answer arrived.
    public var elapsed: Duration
    /// 0–100, or `nil` when the answer carried none.
    public var progress: Double?

    public init(elapsed: Duration, progress: Double?) {
        self.elapsed = elapsed
        self.progress = progress
    }
}
