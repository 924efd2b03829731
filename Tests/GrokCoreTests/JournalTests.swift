import Foundation
import TestSupport
import Testing
@testable import GrokCore

@Suite struct JournalTests {
    let request = CreateRequest(model: "grok-imagine-video-1.5", prompt: "a cat", imageURL: "https://x.test/c.png",
                                duration: 10, ratio: nil, orientation: nil)

    @Test func createRecordedBeforeAnswerIsUnconfirmed() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        _ = try await journal.recordCreateAttempt(name: "cat", request: request, origin: .testServer)
        let jobs = try await journal.jobs()
        #expect(jobs.count == 1)
        #expect(jobs.first?.confirmation == .unconfirmed)
        #expect(jobs.first?.name == "cat")
        #expect(jobs.first?.prompt == "a cat")
        #expect(jobs.first?.taskID == nil)
    }

    @Test func fullLifecycleFolds() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        let attempt = try await journal.recordCreateAttempt(name: "cat", request: request, origin: .testServer)
        try await journal.record(.created(attempt: attempt, task: CreatedTask(taskID: "t1", status: .queued), time: Date()), origin: .testServer)
        try await journal.record(.status(TaskInfo(taskID: "t1", status: TaskStatus("completed"), progress: 100,
                                                   videoURL: URL(string: "https://cdn.test/t1.mp4")), time: Date()), origin: .testServer)
        try await journal.record(.downloaded(taskID: "t1", path: "/tmp/cat.mp4", bytes: 10, time: Date()), origin: .testServer)
        let job = try #require(try await journal.resolve(.nameOrID("cat"), on: .testServer))
        #expect(job.taskID == "t1")
        #expect(job.confirmation == .created)
        #expect(job.status?.kind == .completed)
        #expect(job.videoURL?.absoluteString == "https://cdn.test/t1.mp4")
        #expect(job.file == "/tmp/cat.mp4")
        #expect(try await journal.resolve(.nameOrID("t1"), on: .testServer)?.name == "cat")
        #expect(try await journal.resolve(.latest, on: .testServer)?.taskID == "t1")
        #expect(try await journal.resolve(.nameOrID("nothing"), on: .testServer) == nil)
    }

    @Test func createThatCertainlyFailedIsRejected() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        let attempt = try await journal.recordCreateAttempt(name: nil, request: request, origin: .testServer)
        try await journal.record(.createFailed(attempt: attempt, mayExist: false, error: "API error 20002", time: Date()), origin: .testServer)
        #expect(try await journal.jobs().first?.confirmation == .rejected)
    }

    @Test func tornLastLineIsTolerated() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        let attempt = try await journal.recordCreateAttempt(name: "a", request: request, origin: .testServer)
        try await journal.record(.created(attempt: attempt, task: CreatedTask(taskID: "t1", status: .queued), time: Date()), origin: .testServer)
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"v":1,"event":"status","time":"2026-11-25T10:0"#.utf8))
        try handle.close()
        let (records, unreadable) = try JournalLines.read(journal.path)
        #expect(records.count == 2)
        #expect(unreadable == 1)
        #expect(try await journal.resolve(.nameOrID("a"), on: .testServer)?.taskID == "t1")
        // Appending after a torn line starts a fresh, readable line.
        try await journal.record(.status(TaskInfo(taskID: "t1", status: TaskStatus("processing")), time: Date()), origin: .testServer)
        #expect(try await journal.resolve(.nameOrID("t1"), on: .testServer)?.status?.kind == .processing)
    }

    @Test func fileIsPrivate() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url.appendingPathComponent("state"))
        _ = try await journal.recordCreateAttempt(name: nil, request: request, origin: .testServer)
        let attributes = try FileManager.default.attributesOfItem(atPath: journal.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func secretsAreRedactedBeforeWriting() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let secret = "fake-key-for-tests-0001"
        let journal = try Journal(directory: dir.url, redactor: Redactor(secrets: [secret]))
        let attempt = try await journal.recordCreateAttempt(name: nil, request: request, origin: .testServer)
        try await journal.record(.createFailed(attempt: attempt, mayExist: true, error: "server echoed \(secret)", time: Date()), origin: .testServer)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: journal.path))
        #expect(!String(decoding: bytes, as: UTF8.self).contains(secret))
    }

    @Test func externalTaskIsFoundById() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        try await journal.record(.status(TaskInfo(taskID: "elsewhere", status: .queued), time: Date()), origin: .testServer)
        #expect(try await journal.resolve(.nameOrID("elsewhere"), on: .testServer)?.confirmation == .external)
    }

    /// `last` is a word of the language, not of the journal: to GrokCore it is just a name.
    @Test func latestIsTypedAndLastIsAName() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        for (name, taskID) in [("cat", "t1"), ("dog", "t2")] {
            let attempt = try await journal.recordCreateAttempt(name: name, request: request, origin: .testServer)
            try await journal.record(.created(attempt: attempt, task: CreatedTask(taskID: taskID, status: .queued), time: Date()), origin: .testServer)
        }
        try await journal.record(.status(TaskInfo(taskID: "elsewhere", status: .queued), time: Date()), origin: .testServer)
        #expect(try await journal.resolve(.latest, on: .testServer)?.taskID == "t2")
        #expect(try await journal.resolve(.nameOrID("last"), on: .testServer) == nil)
    }
}
