import Foundation
import TestSupport
import Testing
@testable import GrokCore

/// One journal, several servers: every record names its server, and names, `.latest` and the
/// job list of one server never reach another's tasks, even when both hand out one id.
@Suite struct JournalOriginTests {
    let request = CreateRequest(model: "grok-imagine-video-1.5", prompt: "a cat", imageURL: "https://x.test/c.png",
                                duration: 10, ratio: nil, orientation: nil)
    let staging = ServerOrigin(text: "http://127.0.0.1:8001")
    let paid = ServerOrigin(text: "https://api.x.ai:443")

    /// A create answered with `taskID` by `origin`.
    private func submit(_ journal: Journal, name: String?, taskID: String, on origin: ServerOrigin) async throws {
        let attempt = try await journal.recordCreateAttempt(name: name, request: request, origin: origin)
        try await journal.record(.created(attempt: attempt, task: CreatedTask(taskID: taskID, status: .queued), time: Date()), origin: origin)
    }

    @Test func everyLineNamesItsServerRightAfterTheVersion() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        try await submit(journal, name: "cat", taskID: "t1", on: paid)
        try await journal.record(.status(TaskInfo(taskID: "t1", status: TaskStatus("completed")), time: Date()), origin: paid)
        try await journal.record(.downloaded(taskID: "t1", path: "/tmp/c.mp4", bytes: 1, time: Date()), origin: paid)
        let lines = try String(contentsOfFile: journal.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.hasPrefix(#"{"v":1,"origin":"https://api.x.ai:443","event":"#) }, "\(lines)")
        let entries = lines.compactMap { JournalEntry(line: Array($0.utf8)) }
        #expect(entries.map(\.origin) == Array(repeating: paid, count: 4))
    }

    @Test func aLineWithoutAnOriginReadsAsOfAnUnknownServer() throws {
        let line = #"{"v":1,"event":"created","time":"2026-11-25T10:00:00.000Z","attempt":"a1","task_id":"t1","status":"queued"}"#
        let entry = try #require(JournalEntry(line: Array(line.utf8)))
        #expect(entry.origin == nil)
        guard case .created(let attempt, let task, _) = entry.record else { Issue.record("read as \(entry.record)"); return }
        #expect(attempt == "a1" && task.taskID == "t1")
        // Written again without an origin, the line is the same.
        #expect(entry.json.compactText == line)
    }

    @Test func oneIdOnTwoServersIsTwoTasks() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        try await submit(journal, name: "cat", taskID: "sbx-task-000001", on: staging)
        try await submit(journal, name: "cat", taskID: "sbx-task-000001", on: paid)
        try await journal.record(.status(TaskInfo(taskID: "sbx-task-000001", status: TaskStatus("completed")), time: Date()), origin: paid)

        #expect(try await journal.jobs().count == 2)
        let stagingJobs = try await journal.jobs(of: staging)
        #expect(stagingJobs.count == 1)
        #expect(stagingJobs.first?.status?.kind == .queued, "the paid server's answer is not the staging task's")
        #expect(try await journal.jobs(of: paid).first?.status?.kind == .completed)
        #expect(try await journal.resolve(.nameOrID("cat"), on: staging)?.origin == staging)
        #expect(try await journal.resolve(.nameOrID("sbx-task-000001"), on: staging)?.status?.kind == .queued)
    }

    @Test func namesAndLatestStayOnTheirServer() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        try await submit(journal, name: "snail", taskID: "s1", on: staging)
        try await submit(journal, name: "cat", taskID: "p1", on: paid)
        try await submit(journal, name: "dog", taskID: "s2", on: staging)

        #expect(try await journal.resolve(.latest, on: paid)?.taskID == "p1")
        #expect(try await journal.resolve(.latest, on: staging)?.taskID == "s2")
        #expect(try await journal.resolve(.nameOrID("snail"), on: paid) == nil)
        #expect(try await journal.resolve(.nameOrID("s1"), on: paid) == nil, "another server's id is not this server's")
        #expect(try await journal.jobs(of: staging).map(\.name) == ["snail", "dog"])
        #expect(try await journal.resolve(.latest, on: ServerOrigin(text: "https://other.test:443")) == nil)
    }

    /// Records from before origins: listed among every server's jobs, found by exact task id
    /// from any server, never by name or as the latest.
    @Test func anOlderJournalIsReadableAndFoundByExactIdOnly() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url)
        try Data("""
            {"v":1,"event":"create","time":"2026-11-25T10:00:00.000Z","attempt":"a1","name":"old","request":{"prompt":"an old cat"}}
            {"v":1,"event":"created","time":"2026-11-25T10:00:01.000Z","attempt":"a1","task_id":"legacy-1","status":"queued"}
            {"v":1,"event":"status","time":"2026-11-25T10:00:02.000Z","task_id":"legacy-1","status":"completed"}

            """.utf8).write(to: URL(fileURLWithPath: journal.path))
        try await submit(journal, name: "new", taskID: "p1", on: paid)

        let every = try await journal.jobs()
        #expect(every.map(\.name) == ["old", "new"])
        #expect(every.first?.origin == nil && every.first?.status?.kind == .completed && every.first?.prompt == "an old cat")
        #expect(try await journal.jobs(of: paid).map(\.name) == ["new"])
        #expect(try await journal.resolve(.nameOrID("old"), on: paid) == nil)
        #expect(try await journal.resolve(.nameOrID("legacy-1"), on: paid)?.name == "old")
        #expect(try await journal.resolve(.latest, on: paid)?.taskID == "p1")
        #expect(try await journal.resolve(.latest, on: staging) == nil)
    }

    @Test func theOriginOfABaseURL() throws {
        let sandbox = try #require(URL(string: "http://127.0.0.1:40123"))
        #expect(ServerOrigin(baseURL: try #require(URL(string: "https://API.x.ai/v1"))).text == "https://api.x.ai:443")
        #expect(ServerOrigin(baseURL: try #require(URL(string: "http://127.0.0.1:8001/"))).text == "http://127.0.0.1:8001")
        #expect(ServerOrigin(baseURL: try #require(URL(string: "http://127.0.0.1:40123/")), sandbox: sandbox) == .sandbox)
        #expect(ServerOrigin(baseURL: try #require(URL(string: "http://127.0.0.1:40124")), sandbox: sandbox).text == "http://127.0.0.1:40124")
        #expect(ServerOrigin(text: "https://api.x.ai:443").host == "api.x.ai")
        #expect(ServerOrigin(text: "http://127.0.0.1:8001").host == "127.0.0.1:8001")
        #expect(ServerOrigin.sandbox.host == "sandbox")
    }
}
