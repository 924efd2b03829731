import Foundation
import Testing

/// One journal, several servers: the rows of `docs/reliability.md` for origin-bound names.
extension EdgeCase {
    static let origins: [EdgeCase] = [
        EdgeCase(edge: "origin-bound names", setUp: "two sandboxes, one state dir; `submit as cat` on each (A's id is B's dog's); `wait cat` on B",
                 checked: "exit 0; B's cat (sbx-task-000002) waited for; no request to A",
                 evidence: "completed cat") {
            try await OriginBoundNamesTests.withTwoServers { a, b, grok in
                let result = try await grok(b, ["-e", "\(OriginBoundNamesTests.draft); wait cat"])
                let queriesToA = await a.requestLog().filter { $0.endpoint == .query }.count
                #expect(result.status == 0 && result.stdout.contains("completed cat (sbx-task-000002)") && queriesToA == 0, "\(result.stdout)")
                return GrokProcess.Result(stdout: result.stdout.replacingOccurrences(of: b.baseURL.absoluteString, with: "http://SANDBOX-B"),
                                          stderr: result.stderr, status: result.status)
            }
        },
        EdgeCase(edge: "origin-bound names: `--sandbox` runs", setUp: "two `--sandbox` runs, one state dir: `submit as snail`, then `submit as cat; wait snail`",
                 checked: "exit 1; the runs' ids differ; the second run's video is not shown as snail",
                 evidence: "task not found") {
            let (_, second, snail, cat) = try await OriginBoundNamesTests.twoSandboxRuns()
            #expect(second.status == 1 && snail != nil && snail != cat && !second.stdout.contains("completed snail"), "\(second.stdout)")
            // The run's own id prefix changes from run to run; the page shows it as `sbx-RUN-`.
            let stderr = second.stderr.replacingOccurrences(of: #"sbx-[a-z0-9]{6}-"#, with: "sbx-RUN-", options: .regularExpression)
            return GrokProcess.Result(stdout: second.stdout, stderr: stderr, status: second.status)
        },
        EdgeCase(edge: "origin-bound names: older journal", setUp: "journal lines without an origin name `old` (sbx-task-000001); `status old`",
                 checked: "exit 1: `old` is sent as a task id; `jobs all` still lists the line; its exact id still finds it",
                 evidence: "task not found") {
            try await OriginBoundNamesTests.withOlderJournal { sandbox, scratch in
                let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", "status old"])
                let every = try await SandboxFixture.grok(sandbox, scratch, ["-e", "jobs all"])
                let byID = try await SandboxFixture.grok(sandbox, scratch, ["-e", "status sbx-task-000001"])
                #expect(result.status == 1 && every.stdout.contains("an old cat") && byID.stdout.contains("old (sbx-task-000001)"),
                        "\(result.stderr)")
                return result
            }
        },
    ]
}
