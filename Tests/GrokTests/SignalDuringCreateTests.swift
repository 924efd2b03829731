import Foundation
import GrokSandbox
import Testing
import TestSupport

/// A signal while a create's answer is on its way: the create is paid once it reached the
/// server, so grok lets it finish, records the id, then stops. The sandbox holds the answer
/// back until the test releases it, so nothing here hangs on a clock.
@Suite struct SignalDuringCreateTests {
    static let script = "prompt 'a cat'; image https://example.com/c.png; submit as cat; echo after"

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func aSignalLetsTheCreateFinishAndRecordsTheTask(signal: Int32, status: Int32) async throws {
        try await SandboxFixture.with { sandbox, scratch in
            await sandbox.inject([.held], on: .create)
            let pid = try Self.spawn(sandbox, scratch, Self.script)
            let held = try await SignalTests.until(limit: .seconds(120)) { await sandbox.heldAnswers() == 1 }
            kill(pid, signal)
            let said = try await SignalTests.until(limit: .seconds(120)) { Self.stderr(scratch).contains("stopping after the create in flight") }
            await sandbox.releaseHeld()
            let exit = await ChildProcess.wait(pid)
            let stderr = Self.stderr(scratch)
            #expect(held && said, "stderr: \(stderr)")
            #expect(exit == status, "stderr: \(stderr)")
            let out = (try? String(contentsOfFile: scratch.path("out"), encoding: .utf8)) ?? ""
            #expect(out.contains("sbx-task-000001"), "the task is shown: \(out)\nstderr: \(stderr)")
            #expect(!out.contains("after"), "the run stopped after the create: \(out)")
            let journal = try String(contentsOfFile: scratch.path("state/journal.jsonl"), encoding: .utf8)
            #expect(journal.contains(#""task_id":"sbx-task-000001""#), "\(journal)\nstderr: \(stderr)")
            #expect(await sandbox.requestLog().filter { $0.endpoint == .create }.count == 1)
        }
    }

    /// A second signal ends grok at once, as before; `last` then refuses to stand for the
    /// task before, and `all` says a create was never confirmed.
    @Test func aSecondSignalStopsAtOnceAndLastDoesNotSkipTheUnconfirmedCreate() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let first = try await SandboxFixture.grok(sandbox, scratch, ["-e", "prompt 'a dog'; image https://example.com/d.png; submit as dog; wait dog"])
            #expect(first.status == 0, "\(first.stderr)")
            await sandbox.inject([.held], on: .create)
            let pid = try Self.spawn(sandbox, scratch, Self.script)
            let held = try await SignalTests.until(limit: .seconds(120)) { await sandbox.heldAnswers() == 1 }
            kill(pid, SIGINT)
            let said = try await SignalTests.until(limit: .seconds(120)) { Self.stderr(scratch).contains("stopping after the create in flight") }
            kill(pid, SIGINT)
            // At once: the create's answer is still held, and grok does not wait for it.
            let exit = try await SignalTests.exitStatus(of: pid, limit: .seconds(60))
            let stillHeld = await sandbox.heldAnswers()
            await sandbox.releaseHeld()
            #expect(held && said)
            #expect(exit == 130, "stderr: \(Self.stderr(scratch))")
            #expect(stillHeld == 1, "grok left before the answer came")

            let last = try await SandboxFixture.grok(sandbox, scratch, ["-e", "wait last; download last to B.mp4"])
            #expect(last.status != 0, "\(last.stdout)")
            #expect(last.stderr.contains("was never confirmed"), "\(last.stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("B.mp4")), "the previous task's video is not written")
            let all = try await SandboxFixture.grok(sandbox, scratch, ["-e", "status all"])
            #expect(all.stderr.contains("the create of 'cat' was never confirmed"), "\(all.stderr)")
        }
    }

    static func spawn(_ sandbox: Sandbox, _ scratch: TemporaryDirectory, _ script: String) throws -> pid_t {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("JIMMYAI_") }
        environment["JIMMYAI_API_KEY"] = SandboxFixture.fakeKey
        environment["NO_COLOR"] = "1"
        return try ChildProcess.spawn(
            try BuiltProduct.path("grok").path,
            arguments: ["--base-url", sandbox.baseURL.absoluteString, "--state-dir", scratch.path("state"), "-e", script],
            environment: environment, directory: scratch.url.path,
            stdin: .file("/dev/null"), stdout: .file(scratch.path("out")), stderr: .file(scratch.path("err")))
    }

    static func stderr(_ scratch: TemporaryDirectory) -> String {
        (try? String(contentsOfFile: scratch.path("err"), encoding: .utf8)) ?? ""
    }
}
