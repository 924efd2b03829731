import Foundation
import GrokSandbox
import Testing
import TestSupport

/// SIGTERM and SIGHUP during a `wait` are handled like Ctrl-C: the wait stops, says how to
/// resume, the journal keeps the task, and grok exits 143 / 129.
@Suite struct SignalTests {
    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGINT, Int32(130))])
    func aSignalDuringAWaitStopsItAndSaysHowToResume(signal: Int32, status: Int32) async throws {
        // Tasks that never end: the wait is certainly still running when the signal comes.
        try await SandboxFixture.with(.init(taskPace: .queries(1_000_000))) { sandbox, scratch in
            let binary = try BuiltProduct.path("grok")
            let script = "set poll-interval 100ms; set max-poll-interval 100ms; prompt 'a cat'; image https://example.com/c.png; submit as cat; wait cat"
            var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("JIMMYAI_") }
            environment["JIMMYAI_API_KEY"] = SandboxFixture.fakeKey
            environment["NO_COLOR"] = "1"
            let pid = try ChildProcess.spawn(
                binary.path, arguments: ["--base-url", sandbox.baseURL.absoluteString, "--state-dir", scratch.path("state"), "-e", script],
                environment: environment, directory: scratch.url.path,
                stdin: .file("/dev/null"), stdout: .file(scratch.path("out")), stderr: .file(scratch.path("err")))
            // The wait is under way once the sandbox has been asked about the task.
            let polled = try await Self.until(limit: .seconds(120)) { await sandbox.requestLog().contains { $0.endpoint == .query } }
            if !polled { kill(pid, SIGKILL) }
            kill(pid, signal)
            // Bounded: a wait that goes on after the signal fails here, not at the suite's limit.
            let exit = try await Self.exitStatus(of: pid, limit: .seconds(120))
            let stderr = try String(contentsOfFile: scratch.path("err"), encoding: .utf8)
            #expect(polled)
            #expect(exit == status, "still waiting 120 s after the signal, or the wrong exit; stderr: \(stderr)")
            #expect(stderr.contains("resume with: wait cat"), "stderr: \(stderr)")
            let journal = try String(contentsOfFile: scratch.path("state/journal.jsonl"), encoding: .utf8)
            #expect(journal.contains(#""task_id":"sbx-task-000001""#))
        }
    }

    /// The exit status of `pid` (or 128 + the signal that ended it) once it has ended, looked
    /// for (a state, not a time) until `limit` passes; nil when it is still running then,
    /// and it is killed, so that no test hangs on a process that should have left.
    static func exitStatus(of pid: pid_t, limit: Duration) async throws -> Int32? {
        var status: Int32 = 0
        let ended = try await until(limit: limit) { waitpid(pid, &status, WNOHANG) == pid }
        guard ended else {
            kill(pid, SIGKILL)
            _ = await ChildProcess.wait(pid)
            return nil
        }
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Polls `condition` (a state, not a time) until it holds or `limit` passes; looked at
    /// once more after the limit, in case this task was starved past it.
    static func until(limit: Duration, _ condition: () async -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while true {
            if await condition() { return true }
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
