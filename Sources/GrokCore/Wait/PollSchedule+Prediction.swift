extension PollSchedule {
    /// The shortest pause between two polls once a finish is predicted: 1 s, or
    /// `initialInterval` when that is shorter (a user who asks for quicker polls gets them).
    public var briskInterval: Duration { min(.seconds(1), initialInterval) }

    /// The longest pause a prediction may ask for, so a long task still reports its progress.
    public var longestPredictedPause: Duration { maximumInterval * 4 }

    /// The pause before the next poll, given every answer seen so far (oldest first) and a
    /// random `unit` in 0..<1 for the jitter.
    ///
    /// When the last two answers show progress rising, the next poll is timed for the moment
    /// progress reaches 100 at the rate between them, plus a small margin so it lands after the
    /// finish rather than just before it (3% and a quarter of `briskInterval`); never sooner than `briskInterval`, never later than
    /// `longestPredictedPause`. Once the predicted finish has passed and progress still rises,
    /// that gives a poll about every `briskInterval`. With fewer than two answers, missing
    /// progress, or progress that stalls or goes backwards, it is the ×1.5 schedule.
    public func pause(after answers: [PollAnswer], unit: Double) -> Duration {
        guard let remaining = predictedRemaining(after: answers) else {
            return interval(beforePoll: answers.count, unit: unit)
        }
        let withMargin = remaining * 1.03 + min(.milliseconds(250), briskInterval / 4)
        return min(max(withMargin, briskInterval), longestPredictedPause)
    }

    /// From the last answer to the predicted finish, or `nil` when the last two answers do
    /// not show progress rising.
    public func predictedRemaining(after answers: [PollAnswer]) -> Duration? {
        guard answers.count >= 2 else { return nil }
        let last = answers[answers.count - 1]
        let previous = answers[answers.count - 2]
        guard let now = last.progress, let before = previous.progress, now > before, last.elapsed > previous.elapsed else {
            return nil
        }
        let seconds = (last.elapsed - previous.elapsed) / .seconds(1)
        let perSecond = (now - before) / seconds
        let left = max(0, 100 - min(100, now)) / perSecond
        guard left.isFinite else { return nil }
        return .seconds(min(left, 86_400))
    }
}
