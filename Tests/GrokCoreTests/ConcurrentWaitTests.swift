import Foundation
import GrokSandbox
import Testing
@testable import GrokCore

@Suite struct ConcurrentWaitTests {
    /// 100 tasks waited on at once, through the client's rate cap: their polls interleave, and
    /// each task is queried exactly as often as its pace needs (three times: queued,
    /// processing, completed). The cap's spacing itself is checked on an injected clock in
    /// `RateLimiterTests`, not against wall time here.
    @Test func hundredWaitsOverlapUnderTheRateCap() async throws {
        let cap = 100.0
        try await SandboxHarness.run(.init(taskPace: .queries(3)), requestsPerSecond: cap) { harness in
            var taskIDs: [String] = []
            try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<100 {
                    group.addTask {
                        let request = CreateRequest(model: VideoOptions.canonicalModel, prompt: "task \(index)",
                                                    imageURL: "https://e.com/i.png", duration: 10, ratio: nil, orientation: nil)
                        return try await harness.client.create(request).taskID
                    }
                }
                for try await id in group { taskIDs.append(id) }
            }
            let waiter = Waiter(client: harness.client,
                                schedule: PollSchedule(initialInterval: .milliseconds(300), maximumInterval: .milliseconds(600)))
            let outcomes = try await waiter.wait(for: taskIDs)
            #expect(outcomes.count == 100)
            #expect(outcomes.allSatisfy { if case .finished(let info) = $0.outcome { info.status.isSuccess } else { false } })

            let log = await harness.sandbox.requestLog()
            let queries = log.filter { $0.endpoint == .query }
            var first: [String: Int] = [:]
            var last: [String: Int] = [:]
            for (index, entry) in queries.enumerated() {
                let id = String(entry.path.split(separator: "/").last ?? "")
                first[id] = first[id] ?? index
                last[id] = index
            }
            #expect(first.count == 100)
            // Overlap: at the busiest point of the log, nearly every task had been polled and
            // was still to be polled again (a wait one after the other would show 1).
            let peak = queries.indices.map { index in
                first.keys.filter { id in (first[id] ?? .max) <= index && index <= (last[id] ?? .min) }.count
            }.max() ?? 0
            #expect(peak >= 90, "at most \(peak) of 100 waits were under way at once")

            #expect(queries.count == 300, "each task needs exactly three queries; the log holds \(queries.count)")
        }
    }
}
