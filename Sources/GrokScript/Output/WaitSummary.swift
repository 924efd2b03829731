import GrokCore

/// How the tasks of one `wait` ended: `4 completed, 1 failed, 1 still running`.
public struct WaitSummary: Sendable, Equatable {
    public var completed = 0
    /// Failed or canceled.
    public var failed = 0
    /// The wait timed out; the task goes on.
    public var stillRunning = 0
    /// The status could not be asked.
    public var unknown = 0

    mutating func count(_ outcome: WaitOutcome) {
        switch outcome {
        case .finished(let info): if info.status.isSuccess { completed += 1 } else { failed += 1 }
        case .timedOut: stillRunning += 1
        case .failed: unknown += 1
        }
    }

    public var text: String {
        let parts = [(completed, "completed"), (failed, "failed"), (stillRunning, "still running"), (unknown, "not known")]
        return parts.filter { $0.0 > 0 || $0.1 == "completed" }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}
