import Foundation
import Testing
@testable import GrokSandbox

@Suite struct TaskLifecycleTests {
    static let start = ContinuousClock.now

    static func task(prompt: String = "a cat", duration: Duration = .seconds(10)) -> SandboxTask {
        let request = CreateRequest(model: "grok-imagine-video-1.5", prompt: prompt, imageURL: "u", duration: 10, ratio: "16:9")
        return SandboxTask(id: "t", request: request, taskDuration: duration, createdAt: Date(), startedAt: start)
    }

    @Test func phasesFollowElapsedTime() {
        let task = Self.task()
        #expect(task.phase(at: Self.start) == .queued)
        #expect(task.phase(at: Self.start + .seconds(1)) == .queued)
        #expect(task.phase(at: Self.start + .seconds(1.5)) == .processing(progress: 0))
        guard case .processing(let halfway) = task.phase(at: Self.start + .seconds(5.75)) else {
            Issue.record("expected processing")
            return
        }
        #expect(abs(halfway - 49.5) < 0.001)
        guard case .processing(let late) = task.phase(at: Self.start + .seconds(9.99)) else {
            Issue.record("expected processing")
            return
        }
        #expect(late < 99)
        #expect(task.phase(at: Self.start + .seconds(10)) == .completed)
    }

    @Test func failMarkerEndsFailed() {
        let task = Self.task(prompt: "a logo [fail]")
        #expect(task.phase(at: Self.start + .seconds(5)).status == .processing)
        #expect(task.phase(at: Self.start + .seconds(10)) == .failed)
    }

    @Test func slowMarkerTakesFiveTimesLonger() {
        let task = Self.task(prompt: "[slow] a cat")
        #expect(task.phase(at: Self.start + .seconds(10)).status == .processing)
        #expect(task.phase(at: Self.start + .seconds(49)).status == .processing)
        #expect(task.phase(at: Self.start + .seconds(50)) == .completed)
    }

    @Test func zeroDurationCompletesAtOnce() {
        #expect(Self.task(duration: .zero).phase(at: Self.start) == .completed)
    }

    @Test func liveTaskGoesQueuedProcessingCompleted() async throws {
        try await withSandbox(.init(taskDuration: .milliseconds(300))) { sandbox, client in
            let id = try await sandbox.createTask(client)
            var seen: [String] = []
            for _ in 0..<400 {
                let data = try await client.get(API.query(id), headers: API.bearer).data
                guard case .string(let status)? = data?["status"] else { break }
                if seen.last != status { seen.append(status) }
                if status == "queued" { #expect(data?["progress"] == nil) }
                if status == "completed" {
                    #expect(data?["progress"] == .integer(100))
                    #expect(data?["completed_at"] != nil)
                    #expect(data?["result"]?["video_url"] == .string("\(sandbox.baseURL.absoluteString)/files/videos/\(id).mp4"))
                    break
                }
                try await Task.sleep(for: .milliseconds(5))
            }
            #expect(seen.last == "completed")
            let order = ["queued", "processing", "completed"]
            let ranks = seen.compactMap { order.firstIndex(of: $0) }
            #expect(ranks.count == seen.count && ranks == ranks.sorted(), "statuses seen: \(seen)")
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
