import Foundation
import Testing
@testable import GrokSandbox

@Suite struct TaskLifecycleTests {
    static let start = ContinuousClock.now

    static func task(prompt: String = "a cat", duration: Duration = .seconds(10)) -> SandboxTask {
        task(prompt: prompt, pace: .clock(duration))
    }

    static func task(prompt: String = "a cat", pace: TaskPace) -> SandboxTask {
        let request = CreateRequest(model: "grok-imagine-video-1.5", prompt: prompt, imageURL: "u", duration: 10, ratio: "16:9")
        return SandboxTask(id: "t", request: request, pace: pace, createdAt: Date(), startedAt: start)
    }

    @Test func phasesFollowElapsedTime() {
        let task = Self.task()
        #expect(task.phase(at: Self.start, queries: 0) == .queued)
        #expect(task.phase(at: Self.start + .seconds(1), queries: 0) == .queued)
        #expect(task.phase(at: Self.start + .seconds(1.5), queries: 0) == .processing(progress: 0))
        guard case .processing(let halfway) = task.phase(at: Self.start + .seconds(5.75), queries: 0) else {
            Issue.record("expected processing")
            return
        }
        #expect(abs(halfway - 49.5) < 0.001)
        guard case .processing(let late) = task.phase(at: Self.start + .seconds(9.99), queries: 0) else {
            Issue.record("expected processing")
            return
        }
        #expect(late < 99)
        #expect(task.phase(at: Self.start + .seconds(10), queries: 0) == .completed)
    }

    @Test func failMarkerEndsFailed() {
        let task = Self.task(prompt: "a logo [fail]")
        #expect(task.phase(at: Self.start + .seconds(5), queries: 0).status == .processing)
        #expect(task.phase(at: Self.start + .seconds(10), queries: 0) == .failed)
    }

    @Test func slowMarkerTakesFiveTimesLonger() {
        let task = Self.task(prompt: "[slow] a cat")
        #expect(task.phase(at: Self.start + .seconds(10), queries: 0).status == .processing)
        #expect(task.phase(at: Self.start + .seconds(49), queries: 0).status == .processing)
        #expect(task.phase(at: Self.start + .seconds(50), queries: 0) == .completed)
    }

    @Test func zeroDurationCompletesAtOnce() {
        #expect(Self.task(duration: .zero).phase(at: Self.start, queries: 0) == .completed)
    }

    @Test func queryPaceMovesOneStepPerQueryWhateverTheTime() {
        let task = Self.task(pace: .queries(3))
        let late = Self.start + .seconds(3600)
        #expect(task.phase(at: late, queries: 0) == .queued)
        #expect(task.phase(at: late, queries: 1) == .queued)
        #expect(task.phase(at: Self.start, queries: 2) == .processing(progress: 50))
        #expect(task.phase(at: Self.start, queries: 3) == .completed)
        #expect(task.phase(at: Self.start, queries: 9) == .completed)
        let four = Self.task(pace: .queries(4))
        #expect(four.phase(at: Self.start, queries: 3) == .processing(progress: 200.0 / 3))
    }

    @Test func queryPaceHonoursFailAndSlow() {
        #expect(Self.task(prompt: "[fail]", pace: .queries(2)).phase(at: Self.start, queries: 2) == .failed)
        let slow = Self.task(prompt: "[slow]", pace: .queries(2))
        #expect(slow.phase(at: Self.start, queries: 9).status == .processing)
        #expect(slow.phase(at: Self.start, queries: 10) == .completed)
        #expect(Self.task(pace: .queries(1)).phase(at: Self.start, queries: 1) == .completed)
    }

    /// Over HTTP, paced by queries: queued, processing 50 %, completed, on the first three queries.
    @Test func liveTaskGoesQueuedProcessingCompleted() async throws {
        try await withSandbox(.init(taskPace: .queries(3))) { sandbox, client in
            let id = try await sandbox.createTask(client)
            #expect(try await client.get(API.video(id)).status == .notFound)
            let first = try await client.get(API.query(id), headers: API.bearer).data
            #expect(first?["status"] == .string("queued"))
            #expect(first?["progress"] == nil)
            let second = try await client.get(API.query(id), headers: API.bearer).data
            #expect(second?["status"] == .string("processing"))
            #expect(second?["progress"] == .integer(50))
            #expect(await sandbox.tasks().map(\.status) == [.processing], "looking at the tasks moves none of them")
            let third = try await client.get(API.query(id), headers: API.bearer).data
            #expect(third?["status"] == .string("completed"))
            #expect(third?["progress"] == .integer(100))
            #expect(third?["completed_at"] != nil)
            #expect(third?["result"]?["video_url"] == .string("\(sandbox.baseURL.absoluteString)/files/videos/\(id).mp4"))
            #expect(try await client.get(API.video(id)).status == .ok)
        }
    }

    @Test func liveFailedTaskReportsModerationError() async throws {
        try await withSandbox(.init(taskDuration: .zero)) { sandbox, client in
            let id = try await sandbox.createTask(client, prompt: "a famous logo [fail]")
            let data = try await client.get(API.query(id), headers: API.bearer).data
            #expect(data?["status"] == .string("failed"))
            #expect(data?["error_message"] == .string("PROVIDER_MODERATION_ERROR: TRADEMARK"))
            #expect(data?["result"] == nil)
            #expect(try await client.get(API.video(id)).status == .notFound)
            #expect(await sandbox.tasks().map(\.status) == [.failed])
        }
    }
}
