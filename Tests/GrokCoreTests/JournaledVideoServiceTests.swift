import Foundation
import TestSupport
import GrokSandbox
import Testing
@testable import GrokCore

/// The journaled service writes every record itself: a query, a wait and a download each
/// leave theirs in the journal, read back from the file.
@Suite struct JournaledVideoServiceTests {
    @Test func queryWaitAndDownloadAreJournaled() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            let journal = try Journal(directory: dir.url.appendingPathComponent("state"))
            let service = JournaledVideoService(client: harness.client, journal: journal)
            // Created by the bare client: the journal has no line for it yet.
            let task = try await harness.client.create(SandboxHarness.request)

            let queried = try await service.query(taskID: task.taskID)
            #expect(try statuses(in: journal, of: task.taskID) == [queried.status.raw])

            let outcomes = try await service.wait(for: [task.taskID], schedule: harness.fastWaiter.schedule, timeout: .seconds(60),
                                                  pollImmediately: true, onUpdate: { _ in })
            guard case .finished(let info) = outcomes.first?.outcome, let url = info.videoURL else {
                Issue.record("expected a finished task, got \(outcomes)")
                return
            }
            let recorded = try statuses(in: journal, of: task.taskID)
            #expect(recorded.last == info.status.raw)
            // The wait writes a status when it changes, not for every answer (progress alone).
            let waited = Array(recorded.dropFirst())
            #expect(!waited.isEmpty)
            #expect(zip(waited, waited.dropFirst()).allSatisfy { $0 != $1 }, "\(recorded)")

            let target = dir.path("out/cat.mp4")
            let result = try #require(try await service.download(from: url, to: target, overwrite: false, taskID: task.taskID,
                                                                 progress: { _ in }))
            let downloads = try JournalLines.read(journal.path).records.compactMap { record -> String? in
                guard case .downloaded(let taskID, let path, let bytes, _) = record else { return nil }
                return "\(taskID) \(path) \(bytes)"
            }
            let absolute = URL(fileURLWithPath: target).standardizedFileURL.path
            #expect(downloads == ["\(task.taskID) \(absolute) \(result.bytes)"])
            #expect(try await journal.resolve(.nameOrID(task.taskID), on: harness.origin)?.file == absolute)
        }
    }

    @Test func submitRecordsTheAttemptAndTheTask() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            let journal = try Journal(directory: dir.url)
            let task = try await JournaledVideoService(client: harness.client, journal: journal).submit(SandboxHarness.request, name: "cat", provenance: .init())
            #expect(try JournalLines.read(journal.path).records.map(Self.event) == ["create cat", "created \(task.taskID)"])
        }
    }

    /// The promise that a task's record is on disk before its create is sent: while the
    /// sandbox holds the create's answer back (the task made, so the request arrived), the
    /// journal already holds the attempt, with the very request the sandbox received.
    @Test func theAttemptIsOnDiskBeforeTheCreateIsSent() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            let journal = try Journal(directory: dir.url)
            let service = JournaledVideoService(client: harness.client, journal: journal)
            await harness.sandbox.inject([.held], on: .create)
            let submitting = Task { try await service.submit(SandboxHarness.request, name: "cat", provenance: .init()) }
            let held = try await harness.until { await harness.sandbox.heldAnswers() == 1 }
            let whileHeld = (try? JournalLines.read(journal.path).records) ?? []
            let made = await harness.sandbox.tasks().map(\.id)
            await harness.sandbox.releaseHeld()
            let task = try await submitting.value
            #expect(held)
            #expect(made == [task.taskID], "the create had reached the sandbox")
            #expect(whileHeld.map(Self.event) == ["create cat"], "on disk while the answer was held")
            guard case .createAttempt(_, _, let recorded, _, _)? = whileHeld.first else { return }
            let received = await harness.log(.create).first.flatMap { JSONValue.parse($0.body) }
            #expect(recorded == received, "the record holds the request that was sent")
            #expect(try JournalLines.read(journal.path).records.map(Self.event) == ["create cat", "created \(task.taskID)"])
        }
    }

    /// A create that succeeded while the journal could not take its record: the paid task's
    /// id comes out with the error. The disk fills up while the answer is held: the journal
    /// is swapped for a link to `/dev/full`, which answers every write with ENOSPC.
    @Test func aFullDiskAfterTheCreateGivesTheIdWithTheError() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            let journal = try Journal(directory: dir.url)
            let service = JournaledVideoService(client: harness.client, journal: journal)
            await harness.sandbox.inject([.held], on: .create)
            let submitting = Task { try await service.submit(SandboxHarness.request, name: "cat", provenance: .init()) }
            let held = try await harness.until { await harness.sandbox.heldAnswers() == 1 }
            try FileManager.default.removeItem(atPath: journal.path)
            try FileManager.default.createSymbolicLink(atPath: journal.path, withDestinationPath: "/dev/full")
            await harness.sandbox.releaseHeld()
            let error = await expectGrokError { _ = try await submitting.value }
            #expect(held)
            let made = await harness.sandbox.tasks().map(\.id)
            #expect(made.count == 1)
            let reason = GrokError.journal(path: journal.path, reason: "No space left on device").description
            #expect(error == .createdButNotRecorded(taskID: made.first ?? "?", reason: reason), "\(String(describing: error))")
            #expect(error?.exitStatus == .runtimeError)
        }
    }

    private static func event(_ record: JournalRecord) -> String {
        switch record {
        case .createAttempt(_, let name, _, _, _): "create \(name ?? "-")"
        case .created(_, let created, _): "created \(created.taskID)"
        default: "other"
        }
    }

    /// The statuses the journal holds for one task, in order.
    private func statuses(in journal: Journal, of taskID: String) throws -> [String] {
        try JournalLines.read(journal.path).records.compactMap { record in
            guard case .status(let info, _, _) = record, info.taskID == taskID else { return nil }
            return info.status.raw
        }
    }
}
