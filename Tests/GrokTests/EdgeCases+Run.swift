import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Edges of a run's money: a signal during the create, runs too large to start, values too
/// large to send.
extension EdgeCase {
    static let aroundTheRun: [EdgeCase] = [
        EdgeCase(edge: "signal mid-create", setUp: "SIGTERM while the create's answer is held back by the sandbox",
                 checked: "exit 143; the task's id shown and in the journal; 1 create; the next statement not run",
                 evidence: "stopping after the create in flight") {
            try await SandboxFixture.with { sandbox, scratch in
                await sandbox.inject([.held], on: .create)
                let pid = try SignalDuringCreateTests.spawn(sandbox, scratch, SignalDuringCreateTests.script)
                _ = try await SignalTests.until(limit: .seconds(120)) { await sandbox.heldAnswers() == 1 }
                kill(pid, SIGTERM)
                _ = try await SignalTests.until(limit: .seconds(120)) {
                    SignalDuringCreateTests.stderr(scratch).contains("stopping after the create in flight")
                }
                await sandbox.releaseHeld()
                let status = await ChildProcess.wait(pid)
                let out = (try? String(contentsOfFile: scratch.path("out"), encoding: .utf8)) ?? ""
                let journal = (try? String(contentsOfFile: scratch.path("state/journal.jsonl"), encoding: .utf8)) ?? ""
                let creates = await sandbox.requestLog().filter { $0.endpoint == .create }.count
                #expect(status == 143 && out.contains("sbx-task-000001") && !out.contains("after")
                        && journal.contains(#""task_id":"sbx-task-000001""#) && creates == 1, "\(out)")
                return GrokProcess.Result(stdout: out, stderr: SignalDuringCreateTests.stderr(scratch), status: status)
            }
        },
        refusedBeforeSending("default cap", setUp: "a script of `repeat 101 { submit }`, no `--max-tasks`",
                             script: "repeat 101 { submit }"),
        refusedBeforeSending("bounded rehearsal", setUp: "`repeat 1000000 { repeat 8 { submit } }` under `--max-tasks 100000000`",
                             script: "repeat 1000000 { repeat 8 { submit } }", options: ["--max-tasks", "100000000"]),
        refusedBeforeSending("value cap on a written value", setUp: "a prompt written 2 MiB long",
                             script: "prompt \"" + String(repeating: "a", count: 2 << 20) + "\"\nsubmit"),
    ]

    /// A script the run refuses whole: exit 2, and the sandbox got nothing.
    static func refusedBeforeSending(_ edge: String, setUp: String, script: String, options: [String] = [],
                                     prepare: @escaping @Sendable (TemporaryDirectory) throws -> Void = { _ in }) -> EdgeCase {
        EdgeCase(edge: edge, setUp: setUp, checked: "exit 2; nothing sent") {
            try await SandboxFixture.with { sandbox, scratch in
                try prepare(scratch)
                let text = "prompt \"a cat\"\nimage https://example.com/cat.png\n" + script + "\n"
                try text.write(toFile: scratch.path("run.grok"), atomically: true, encoding: .utf8)
                let result = try await SandboxFixture.grok(sandbox, scratch, options + ["run.grok"])
                let sent = await sandbox.requestLog().count
                #expect(result.status == 2 && sent == 0, "\(edge): \(result.stderr.prefix(300))")
                return result
            }
        }
    }
}
