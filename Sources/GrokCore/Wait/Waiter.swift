import Foundation

/// How one awaited task ended.
public enum WaitOutcome: Sendable, Equatable {
    /// Completed, failed or canceled.
    case finished(TaskInfo)
    /// Still running when the time ran out; the last answer, if any.
    case timedOut(TaskInfo?)
    /// A query failed after its retries.
    case failed(GrokError)
}

/// A new answer for one awaited task.
public struct WaitUpdate: Sendable, Equatable {
    public let info: TaskInfo
    public let elapsed: Duration
    /// The queries answered for this task in this wait so far, this one included.
    public let queries: Int

    init(info: TaskInfo, elapsed: Duration, queries: Int = 1) {
        self.info = info
        self.elapsed = elapsed
        self.queries = queries
    }
}

/// Polls many tasks concurrently until each is terminal, under the client's shared rate cap,
/// each on its own `PollSchedule` driven by the answers it has seen.
/// Cancelling the calling task stops every poll at once. It writes no journal: its caller
/// records what `onUpdate` brings (`JournaledVideoService`).
public struct Waiter: Sendable {
    public let client: GrokClient
    public var schedule: PollSchedule
    public var timeout: Duration

    /// How long a wait lasts when the user sets no `timeout`; the task keeps running after.
    public static let defaultTimeout: Duration = .seconds(30 * 60)

    public init(client: GrokClient, schedule: PollSchedule = .init(), timeout: Duration = defaultTimeout) {
        self.client = client
        self.schedule = schedule
        self.timeout = timeout
    }

    /// Outcomes in the order of `taskIDs`. `pollImmediately` skips the first interval
    /// (for tasks that may have finished long ago).
    public func wait(
        for taskIDs: [String], pollImmediately: Bool = false,
        onUpdate: @escaping @Sendable (WaitUpdate) async -> Void = { _ in }
    ) async throws(GrokError) -> [(taskID: String, outcome: WaitOutcome)] {
        let unique = taskIDs.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let results: [String: WaitOutcome]
        do {
            results = try await withThrowingTaskGroup(of: (String, WaitOutcome).self) { group in
                for taskID in unique {
                    group.addTask { (taskID, try await self.waitForOne(taskID, pollImmediately: pollImmediately, onUpdate: onUpdate)) }
                }
                var collected: [String: WaitOutcome] = [:]
                for try await (taskID, outcome) in group { collected[taskID] = outcome }
                return collected
            }
        } catch {
            throw .cancelled
        }
        return unique.map { ($0, results[$0] ?? .failed(.cancelled)) }
    }

    private func waitForOne(
        _ taskID: String, pollImmediately: Bool, onUpdate: @Sendable (WaitUpdate) async -> Void
    ) async throws -> WaitOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + timeout
        var last: TaskInfo?
        var answers: [PollAnswer] = []
        var queries = 0
        while true {
            // Read at each pause: the answer that tells a sandbox may be the first query's.
            let schedule = client.answeredBySandbox ? self.schedule.forSandbox : self.schedule
            let pause = answers.isEmpty && pollImmediately ? .zero : schedule.pause(after: answers, unit: Double.random(in: 0..<1))
            let wakeUp = min(clock.now + pause, deadline)
            try await clock.sleep(until: wakeUp)
            let info: TaskInfo
            do {
                info = try await client.query(taskID: taskID)
            } catch .cancelled {
                throw CancellationError()
            } catch {
                return .failed(error)
            }
            queries += 1
            if info != last { await onUpdate(WaitUpdate(info: info, elapsed: clock.now - start, queries: queries)) }
            last = info
            if info.status.isTerminal { return .finished(info) }
            if clock.now >= deadline { return .timedOut(last) }
            answers.append(PollAnswer(elapsed: clock.now - start, progress: info.progress))
        }
    }
}
