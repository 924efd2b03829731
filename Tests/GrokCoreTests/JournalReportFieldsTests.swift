import Foundation
import TestSupport
import Testing
@testable import GrokCore

/// What the journal keeps for reports: where a create came from, when its task finished,
/// how many queries it took, and which tasks this process recorded; lines written before
/// these fields still read.
@Suite struct JournalReportFieldsTests {
    let request = CreateRequest(model: "grok-imagine-video-1.5", prompt: "a cat", imageURL: "https://x.test/c.png",
                                duration: 10, ratio: nil, orientation: nil)

    @Test func theCreateKeepsItsScriptLineAndLocalImage() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        let provenance = Provenance(script: "batch.grok", line: 12, imageFile: "/photos/cat.png")
        _ = try await journal.recordCreateAttempt(name: "cat", request: request, provenance: provenance, origin: .testServer)
        #expect(try await Journal(directory: dir.url).jobs().first?.provenance == provenance, "as a new reader reads it")
    }

    @Test func queriesAddUpAndTheFirstTerminalStatusIsTheFinish() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let attempt = try await journal.recordCreateAttempt(name: "cat", request: request, origin: .testServer)
        try await journal.record(.created(attempt: attempt, task: CreatedTask(taskID: "t1", status: .queued), time: start), origin: .testServer)
        try await journal.record(.status(TaskInfo(taskID: "t1", status: TaskStatus("processing")), queries: 3, time: start + 5), origin: .testServer)
        try await journal.record(.status(TaskInfo(taskID: "t1", status: TaskStatus("completed")), queries: 4, time: start + 9), origin: .testServer)
        try await journal.record(.status(TaskInfo(taskID: "t1", status: TaskStatus("completed")), queries: 1, time: start + 60), origin: .testServer)
        let job = try #require(try await journal.jobs().first)
        #expect(job.queries == 8)
        #expect(job.finishedAt == start + 9)
    }

    @Test func linesWrittenBeforeTheseFieldsStillRead() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        let lines = """
            {"v":1,"origin":"sandbox","event":"create","time":"2027-01-15T08:00:00.000Z","attempt":"a1","name":"cat","request":{"prompt":"a cat"}}
            {"v":1,"origin":"sandbox","event":"created","time":"2027-01-15T08:00:01.000Z","attempt":"a1","task_id":"t1","status":"queued"}
            {"v":1,"origin":"sandbox","event":"status","time":"2027-01-15T08:00:09.000Z","task_id":"t1","status":"completed"}

            """
        try Data(lines.utf8).write(to: URL(fileURLWithPath: journal.path))
        let job = try #require(try await journal.jobs().first)
        #expect(job.taskID == "t1" && job.status?.kind == .completed)
        #expect(job.provenance == Provenance() && job.queries == nil)
        #expect(job.finishedAt != nil)
    }

    @Test func aJournalKnowsTheTasksItRecorded() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let earlier = try Journal(directory: dir.url)
        let before = try await earlier.recordCreateAttempt(name: "old", request: request, origin: .testServer)
        try await earlier.record(.created(attempt: before, task: CreatedTask(taskID: "t0", status: .queued), time: Date()), origin: .testServer)
        try await earlier.record(.created(attempt: "other", task: CreatedTask(taskID: "t5", status: .queued), time: Date()), origin: .testServer)

        let journal = try Journal(directory: dir.url)
        #expect(try await journal.jobsRecordedHere().isEmpty)
        _ = try await journal.recordCreateAttempt(name: "new", request: request, origin: .testServer)
        try await journal.record(.status(TaskInfo(taskID: "t0", status: TaskStatus("completed")), queries: 1, time: Date()), origin: .testServer)
        try await journal.record(.downloaded(taskID: "elsewhere", path: "/tmp/x.mp4", bytes: 1, time: Date()), origin: .testServer)
        #expect(try await journal.jobsRecordedHere().map { $0.name ?? $0.taskID ?? "-" } == ["old", "new", "elsewhere"])
    }

    /// The service counts the queries a wait made, in the records it writes: six queries
    /// (queued, processing at four progresses, completed), three records (one per status).
    @Test func aWaitRecordsTheQueriesItMade() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskPace: .queries(6))) { harness in
            let journal = try Journal(directory: dir.url)
            let service = JournaledVideoService(client: harness.client, journal: journal)
            let task = try await service.submit(SandboxHarness.request, name: "cat", provenance: Provenance(script: "a.grok", line: 2))
            _ = try await service.wait(for: [task.taskID], schedule: PollSchedule(initialInterval: .milliseconds(20), maximumInterval: .milliseconds(40)),
                                       timeout: .seconds(60), pollImmediately: true) { _ in }
            let statusRecords = try JournalLines.read(journal.path).records.filter { if case .status = $0 { true } else { false } }
            #expect(statusRecords.count == 3)
            let job = try #require(try await journal.jobs().first)
            #expect(job.queries == 6)
            #expect(job.finishedAt != nil && job.provenance.line == 2)
        }
    }
}
