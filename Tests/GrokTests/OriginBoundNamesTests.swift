import Foundation
import GrokCore
import GrokSandbox
import Testing
import TestSupport

/// One journal, several servers: a name, `last`, `all` and `jobs` on one server see only
/// that server's tasks, though two sandboxes hand out the same ids; `jobs all` lists every
/// server's with its host; older lines without a server stay readable.
@Suite struct OriginBoundNamesTests {
    static let draft = "image https://example.com/cat.png; set poll-interval 50ms; set max-poll-interval 100ms"

    /// The jobs of a `--json` `jobs` or `jobs all`: each row's prompt and origin.
    static func listed(_ stdout: String) -> [(prompt: String?, origin: String?)] {
        let event = stdout.split(separator: "\n").compactMap { JSONValue.parse(Array($0.utf8)) }.last { $0["event"] == .string("jobs") }
        guard case .array(let rows) = event?["jobs"] else { return [] }
        return rows.map { ($0["prompt"]?.stringValue, $0["origin"]?.stringValue) }
    }

    typealias Grok = (Sandbox, [String]) async throws -> GrokProcess.Result

    /// Two sandboxes, one state directory: on B `submit as dog; submit as cat` (its cat is
    /// sbx-task-000002), then on A `submit as cat` (sbx-task-000001, the id of B's dog).
    static func withTwoServers<Result>(_ body: (_ a: Sandbox, _ b: Sandbox, _ grok: Grok) async throws -> Result) async throws -> Result {
        try await SandboxFixture.with { a, scratch in
            try await SandboxFixture.with { b, _ in
                let grok: Grok = { sandbox, arguments in try await SandboxFixture.grok(sandbox, scratch, arguments) }
                let onB = try await grok(b, ["-e", #"\#(Self.draft); prompt "b dog"; submit as dog; prompt "b cat"; submit as cat"#])
                #expect(onB.status == 0, "stderr: \(onB.stderr)")
                let onA = try await grok(a, ["-e", #"\#(Self.draft); prompt "a cat"; submit as cat"#])
                #expect(onA.status == 0 && onA.stdout.contains("submitted cat (sbx-task-000001)"), "stderr: \(onA.stderr)")
                return try await body(a, b, grok)
            }
        }
    }

    /// A sandbox that made sbx-task-000001, and a state directory whose journal knows that id
    /// only from lines written before records named their server, as `old`.
    static func withOlderJournal<Result>(_ body: (Sandbox, TemporaryDirectory) async throws -> Result) async throws -> Result {
        try await SandboxFixture.with { sandbox, scratch in
            let made = try await GrokProcess.run(
                ["--base-url", sandbox.baseURL.absoluteString, "--state-dir", scratch.path("elsewhere"), "-e", "\(Self.draft); prompt x; submit"],
                environment: ["JIMMYAI_API_KEY": SandboxFixture.fakeKey], directory: scratch.url)
            #expect(made.stdout.contains("sbx-task-000001"), "stderr: \(made.stderr)")
            try scratch.write("state/journal.jsonl", """
                {"v":1,"event":"create","time":"2026-11-25T10:00:00.000Z","attempt":"a1","name":"old","request":{"prompt":"an old cat"}}
                {"v":1,"event":"created","time":"2026-11-25T10:00:01.000Z","attempt":"a1","task_id":"sbx-task-000001","status":"queued"}

                """, mode: 0o600)
            return try await body(sandbox, scratch)
        }
    }

    /// Two `grok --sandbox` runs with one state directory: the first submits `snail`, the
    /// second `cat`, then waits for `snail`. Returns both runs and the two ids.
    static func twoSandboxRuns() async throws -> (first: GrokProcess.Result, second: GrokProcess.Result, snail: String?, cat: String?) {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        func run(_ script: String) async throws -> GrokProcess.Result {
            try await GrokProcess.run(["--sandbox", "--sandbox-task-time", "0", "--state-dir", scratch.path("state"), "-e", script],
                                      directory: scratch.url)
        }
        func id(of name: String, in stdout: String) -> String? {
            stdout.split(separator: "\n").first { $0.hasPrefix("submitted \(name) (") }
                .map { String($0.dropFirst("submitted \(name) (".count).dropLast()) }
        }
        let first = try await run(#"\#(Self.draft); prompt "a snail"; submit as snail"#)
        let second = try await run(#"\#(Self.draft); prompt "a cat"; submit as cat; wait snail"#)
        let journal = (try? String(contentsOfFile: scratch.path("state/journal.jsonl"), encoding: .utf8)) ?? ""
        #expect(journal.split(separator: "\n").allSatisfy { $0.hasPrefix(#"{"v":1,"origin":"sandbox","#) }, "\(journal)")
        return (first, second, id(of: "snail", in: first.stdout), id(of: "cat", in: second.stdout))
    }

    @Test func namesLastAllAndJobsSeeOnlyTheCurrentServer() async throws {
        try await Self.withTwoServers { a, b, grok in
            let status = try await grok(b, ["-e", "status cat"])
            #expect(status.stdout.contains("cat (sbx-task-000002)"), "stdout: \(status.stdout) stderr: \(status.stderr)")
            let last = try await grok(b, ["-e", "status last"])
            #expect(last.stdout.contains("cat (sbx-task-000002)"), "stdout: \(last.stdout) stderr: \(last.stderr)")
            let all = try await grok(b, ["-e", "status all"])
            #expect(all.status == 0, "stderr: \(all.stderr)")
            #expect(all.stdout.split(separator: "\n").count == 2, "B's dog and cat only: \(all.stdout)")
            let jobs = try await grok(b, ["--json", "-e", "jobs"])
            #expect(Self.listed(jobs.stdout).map(\.prompt) == ["b dog", "b cat"], "\(jobs.stdout)")
            let wait = try await grok(b, ["-e", "\(Self.draft); wait cat"])
            #expect(wait.status == 0, "stderr: \(wait.stderr)")
            #expect(wait.stdout.contains("completed cat (sbx-task-000002)"), "\(wait.stdout)")
            #expect(await a.requestLog().filter { $0.endpoint == .query }.isEmpty, "nothing about B's tasks went to A")

            let every = try await grok(b, ["--json", "-e", "jobs all"])
            let origins = [b, b, a].map { ServerOrigin(baseURL: $0.baseURL).text }
            #expect(Self.listed(every.stdout).map(\.prompt) == ["b dog", "b cat", "a cat"], "\(every.stdout)")
            #expect(Self.listed(every.stdout).map(\.origin) == origins, "\(every.stdout)")
            let table = try await grok(b, ["-e", "jobs all"])
            let rows = table.stdout.split(separator: "\n").map(String.init)
            #expect(rows.first?.hasPrefix("HOST") == true, "\(table.stdout)")
            #expect(rows.dropFirst().map { $0.split(separator: " ").first.map(String.init) }
                    == [b, b, a].map { "127.0.0.1:\($0.baseURL.port ?? 0)" }, "\(table.stdout)")
        }
    }

    /// A journal written before records named their server: `jobs all` lists its tasks (host
    /// `?`), an exact task id still finds one, and no name, `last` or `jobs` reaches it.
    @Test func anOlderJournalStaysReadable() async throws {
        try await Self.withOlderJournal { sandbox, scratch in
            let every = try await SandboxFixture.grok(sandbox, scratch, ["--json", "-e", "jobs all"])
            #expect(Self.listed(every.stdout).map(\.prompt) == ["an old cat"], "\(every.stdout) \(every.stderr)")
            #expect(Self.listed(every.stdout).map(\.origin) == [nil])
            let table = try await SandboxFixture.grok(sandbox, scratch, ["-e", "jobs all"])
            #expect(table.stdout.split(separator: "\n").last?.hasPrefix("?") == true, "\(table.stdout)")
            let jobs = try await SandboxFixture.grok(sandbox, scratch, ["--json", "-e", "jobs"])
            #expect(jobs.status == 0 && Self.listed(jobs.stdout).isEmpty, "\(jobs.stdout)")

            let byName = try await SandboxFixture.grok(sandbox, scratch, ["-e", "status old"])
            #expect(byName.status == 1 && byName.stderr.contains("task not found: old"), "\(byName.stderr)")
            let last = try await SandboxFixture.grok(sandbox, scratch, ["-e", "status last"])
            #expect(last.status != 0 && !last.stdout.contains("sbx-task-000001"), "status \(last.status): \(last.stdout) \(last.stderr)")
            // Last, since its answer is recorded for this server, which then knows the task.
            let byID = try await SandboxFixture.grok(sandbox, scratch, ["-e", "status sbx-task-000001"])
            #expect(byID.stdout.contains("old (sbx-task-000001)"), "stdout: \(byID.stdout) stderr: \(byID.stderr)")
        }
    }

    /// `--sandbox` is one server across runs, so its ids differ from run to run: the second
    /// run's `wait snail` asks for the first run's task (which that sandbox never made)
    /// instead of printing the second run's video.
    @Test func twoSandboxRunsNeverShareAnId() async throws {
        let (first, second, snail, cat) = try await Self.twoSandboxRuns()
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let snailID = try #require(snail, "\(first.stdout)")
        #expect(cat != nil && snailID != cat, "\(second.stdout)")
        #expect(second.status == 1, "stdout: \(second.stdout) stderr: \(second.stderr)")
        #expect(!second.stdout.contains("completed snail"), "\(second.stdout)")
        #expect(second.stderr.contains("task not found: \(snailID)"), "\(second.stderr)")
    }
}
