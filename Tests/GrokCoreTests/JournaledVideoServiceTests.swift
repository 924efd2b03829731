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
            let task = try await JournaledVideoService(client: harness.client, journal: journal).submit(SandboxHarness.request, name: "cat")
            let events = try JournalLines.read(journal.path).records.map { record -> String in
                switch record {
                case .createAttempt(_, let name, _, _): "create \(name ?? "-")"
                case .created(_, let created, _): "created \(created.taskID)"
                default: "other"
                }
            }
            #expect(events == ["create cat", "created \(task.taskID)"])
        }
    }

    /// The statuses the journal holds for one task, in order.
    private func statuses(in journal: Journal, of taskID: String) throws -> [String] {
        try JournalLines.read(journal.path).records.compactMap { record in
            guard case .status(let info, _) = record, info.taskID == taskID else { return nil }
            return info.status.raw
        }
    }
}
