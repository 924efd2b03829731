import Foundation

/// How a sandbox task moves from `queued` to its end.
public enum TaskPace: Sendable, Equatable {
    /// With time: the task ends this long after its create (`.zero`: at its first query).
    case clock(Duration)
    /// Deterministic, for tests: each query of the task moves it one step, whatever the time.
    /// The first query sees `queued`, the N-th and every later one the end, the queries
    /// between `processing` with progress rising evenly: `queries(3)` answers queued,
    /// processing 50 %, completed. `queries(1)` (or less) ends the task at its first query.
    case queries(Int)

    /// `[slow]` in a prompt: five times the time, or five times the queries.
    var slowed: TaskPace {
        switch self {
        case .clock(let duration): .clock(duration * 5)
        case .queries(let count): .queries(count * 5)
        }
    }
}
