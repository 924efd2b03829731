import Foundation
import GrokSandbox
import Testing
import TestSupport

/// The journal around a create, as the built `grok` writes it: the create's record is on
/// disk before the create is sent, and a paid task the journal cannot record still reaches
/// the user by its id. The sandbox holds the create's answer back while the test looks.
@Suite struct JournalAroundTheCreateTests {
    static let script = "prompt 'a cat'; image https://example.com/c.png; submit as cat; echo after"

    @Test func theCreateIsOnDiskBeforeItIsSent() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            await sandbox.inject([.held], on: .create)
            let pid = try SignalDuringCreateTests.spawn(sandbox, scratch, Self.script)
            let held = try await SignalTests.until(limit: .seconds(120)) { await sandbox.heldAnswers() == 1 }
            let whileHeld = Self.events(scratch)
            let made = await sandbox.tasks().count
            await sandbox.releaseHeld()
            let exit = await ChildProcess.wait(pid)
            #expect(held && made == 1, "the create had reached the sandbox")
            #expect(whileHeld.map(\.event) == ["create"], "on disk while the answer was held: \(whileHeld)")
            #expect(whileHeld.first?.name == "cat")
            #expect(exit == 0, "\(SignalDuringCreateTests.stderr(scratch))")
            #expect(Self.events(scratch).map(\.event) == ["create", "created"])
        }
    }

    /// The disk fills up while the create's answer is on its way: the journal is swapped for
    /// a link to `/dev/full`, which answers every write with ENOSPC. The run stops with the
    /// id, and the id alone then waits for the task and downloads its video.
    @Test func aFullDiskAfterTheCreateShowsTheIdAndHowToGoOn() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            await sandbox.inject([.held], on: .create)
            let pid = try SignalDuringCreateTests.spawn(sandbox, scratch, Self.script)
            let held = try await SignalTests.until(limit: .seconds(120)) { await sandbox.heldAnswers() == 1 }
            let journal = scratch.path("state/journal.jsonl")
            try FileManager.default.removeItem(atPath: journal)
            try FileManager.default.createSymbolicLink(atPath: journal, withDestinationPath: "/dev/full")
            await sandbox.releaseHeld()
            let exit = await ChildProcess.wait(pid)
            let stderr = SignalDuringCreateTests.stderr(scratch)
            let stdout = (try? String(contentsOfFile: scratch.path("out"), encoding: .utf8)) ?? ""
            #expect(held)
            #expect(exit == 1, "stderr: \(stderr)")
            #expect(stderr.contains("error: task sbx-task-000001 was created, but the journal could not record it: journal "), "\(stderr)")
            #expect(stderr.contains("No space left on device"), "\(stderr)")
            #expect(stderr.contains("hint: keep this id: wait sbx-task-000001 and download sbx-task-000001 work without the journal"), "\(stderr)")
            #expect(!stdout.contains("after"), "the run stopped: \(stdout)")

            try FileManager.default.removeItem(atPath: journal)
            let resumed = try await SandboxFixture.grok(sandbox, scratch, [
                "-e", "set poll-interval 100ms; wait sbx-task-000001; download sbx-task-000001 to v.mp4",
            ])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(FileManager.default.fileExists(atPath: scratch.path("v.mp4")))
            #expect(await sandbox.requestLog().filter { $0.endpoint == .create }.count == 1, "never created again")
        }
    }

    /// The journal's records, read from the file as any reader would.
    static func events(_ scratch: TemporaryDirectory) -> [(event: String, name: String?)] {
        let text = (try? String(contentsOfFile: scratch.path("state/journal.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let event = object["event"] as? String else { return nil }
            return (event, object["name"] as? String)
        }
    }
}
