import Foundation
import Testing
import TestSupport

/// Issue 20, cases 6, 8, 9 and 10: a word that is no script gets the command it meant; one
/// rule for what `--quiet` hides; one name for a task's status in JSON; and under `--sandbox`
/// no message calls a task paid.
@Suite struct FirstMinuteTests {
    static let draft = "prompt x; image https://example.com/c.png"

    static func grok(_ arguments: [String]) async throws -> GrokProcess.Result {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try dir.write("cat.png", "not really a png, the sandbox takes it")
        return try await GrokProcess.run(arguments, environment: ["GROK_STATE_DIR": dir.path("state")], directory: dir.url)
    }

    @Test func aCommandOfTheLanguageIsNamedAsOne() async throws {
        let result = try await Self.grok(["status", "cat"])
        #expect(result.status == 2)
        #expect(result.stderr == """
            error: cannot read the script 'status'
              = hint: 'status' is a command of the language: grok -e 'status cat', or grok alone for the REPL

            """, "\(result.stderr)")
    }

    @Test func aMistypedSubcommandIsSuggested() async throws {
        let result = try await Self.grok(["chek", "x.grok"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("hint: did you mean 'grok check'?"), "\(result.stderr)")
    }

    @Test func aMissingFileThatIsNeitherSaysSo() async throws {
        let result = try await Self.grok(["zebra.grok"])
        #expect(result.stderr.contains("hint: no such file"), "\(result.stderr)")
    }

    @Test func quietHidesUploadsAsItHidesDownloads() async throws {
        let loud = try await Self.grok(["--sandbox", "-e", "upload cat.png"])
        #expect(loud.status == 0 && loud.stdout.hasPrefix("uploaded cat.png → "), "\(loud.stderr)")
        let quiet = try await Self.grok(["--sandbox", "--quiet", "-e", "upload cat.png"])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stdout.isEmpty, "\(quiet.stdout)")
    }

    @Test func jobsNameAStatusAsEveryOtherEventDoes() async throws {
        let result = try await Self.grok(["--sandbox", "--json", "-e", Self.draft + "; submit as cat; jobs"])
        #expect(result.status == 0, "\(result.stderr)")
        let jobs = result.stdout.split(separator: "\n").first { $0.contains(#""event":"jobs""#) } ?? ""
        #expect(jobs.contains(#""status":"queued""#) && !jobs.contains(#""state""#), "\(jobs)")
    }

    @Test func theSandboxCallsNoTaskPaid() async throws {
        let script = Self.draft + "; repeat 2 {\nsubmit\n}"
        let dryRun = try await Self.grok(["--sandbox", "--dry-run", "-e", script])
        #expect(dryRun.stdout.contains("dry run: would create a sandbox task: POST"), "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("plan: 2 sandbox tasks (20 s of video)"), "\(dryRun.stdout)")
        let capped = try await Self.grok(["--sandbox", "--max-tasks", "1", "-e", script])
        #expect(capped.status == 2)
        #expect(capped.stderr.contains("error: this run would create more than 1 task\n"), "\(capped.stderr)")
        for result in [dryRun, capped] { #expect(!(result.stdout + result.stderr).contains("paid")) }
        let paid = try await Self.grok(["--max-tasks", "1", "-e", script])
        #expect(paid.stderr.contains("error: this run would create more than 1 paid task\n"), "\(paid.stderr)")
    }
}
