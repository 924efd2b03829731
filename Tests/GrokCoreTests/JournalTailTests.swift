import Foundation
import TestSupport
import Testing
@testable import GrokCore

/// The journal is read again before every REPL prompt: only the lines added since the last
/// read are parsed, and a file that was replaced or cut short is read from its start.
@Suite struct JournalTailTests {
    let request = CreateRequest(model: "grok-imagine-video-1.5", prompt: "a cat", imageURL: "https://x.test/c.png",
                                duration: 10, ratio: nil, orientation: nil)

    @Test func linesAddedByAnotherWriterAreSeen() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let reader = try Journal(directory: dir.url)
        let writer = try Journal(directory: dir.url)
        #expect(try await reader.jobs().isEmpty)
        let attempt = try await writer.recordCreateAttempt(name: "a", request: request, origin: .testServer)
        #expect(try await reader.jobs().map(\.name) == ["a"])
        try await writer.record(.created(attempt: attempt, task: CreatedTask(taskID: "t1", status: .queued), time: Date()), origin: .testServer)
        _ = try await writer.recordCreateAttempt(name: "b", request: request, origin: .testServer)
        let jobs = try await reader.jobs()
        #expect(jobs.map(\.name) == ["a", "b"])
        #expect(jobs.first?.taskID == "t1")
        #expect(jobs.first?.confirmation == .created)
    }

    @Test func aLineStillBeingWrittenIsReadOnceWhole() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        let attempt = try await journal.recordCreateAttempt(name: "a", request: request, origin: .testServer)
        let line = #"{"v":1,"event":"created","time":"2026-11-25T10:00:00.000Z","attempt":"\#(attempt)","task_id":"t1","status":"queued"}"#
        try append(line.prefix(40), to: journal.path)
        #expect(try await journal.jobs().first?.taskID == nil)
        try append(line.dropFirst(40) + "\n", to: journal.path)
        #expect(try await journal.jobs().first?.taskID == "t1")
        #expect(try await journal.jobs().count == 1)
    }

    @Test func aWholeRecordMissingOnlyItsNewlineCounts() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        try append(#"{"v":1,"origin":"https://api.example.com:443","event":"status","time":"2026-11-25T10:00:00.000Z","task_id":"t9","status":"queued"}"#, to: journal.path)
        #expect(try await journal.jobs().map(\.taskID) == ["t9"])
        try await journal.record(.status(TaskInfo(taskID: "t9", status: TaskStatus("processing")), time: Date()), origin: .testServer)
        let jobs = try await journal.jobs()
        #expect(jobs.count == 1)
        #expect(jobs.first?.status?.kind == .processing)
    }

    @Test func aReplacedJournalIsReadFromItsStart() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        _ = try await journal.recordCreateAttempt(name: "old-1", request: request, origin: .testServer)
        _ = try await journal.recordCreateAttempt(name: "old-2", request: request, origin: .testServer)
        #expect(try await journal.jobs().count == 2)
        // Another file moved into its place, longer than what was read: a new inode.
        let other = try Journal(directory: dir.url.appendingPathComponent("other"))
        for name in ["new-1", "new-2", "new-3"] { _ = try await other.recordCreateAttempt(name: name, request: request, origin: .testServer) }
        #expect(rename(other.path, journal.path) == 0)
        #expect(try await journal.jobs().map(\.name) == ["new-1", "new-2", "new-3"])
    }

    @Test func aTruncatedJournalIsReadFromItsStart() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        _ = try await journal.recordCreateAttempt(name: "a", request: request, origin: .testServer)
        _ = try await journal.recordCreateAttempt(name: "b", request: request, origin: .testServer)
        #expect(try await journal.jobs().count == 2)
        #expect(truncate(journal.path, 0) == 0)
        _ = try await journal.recordCreateAttempt(name: "c", request: request, origin: .testServer)
        #expect(try await journal.jobs().map(\.name) == ["c"])
        #expect(unlink(journal.path) == 0)
        #expect(try await journal.jobs().isEmpty)
    }

    private func append(_ text: some StringProtocol, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }
}
