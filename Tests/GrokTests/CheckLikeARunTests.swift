import Foundation
import Testing
import TestSupport

/// Issue 20, case 1: `grok check` takes what a run takes — `--var`, the scripts' arguments,
/// `--`, `--max-tasks` — through the same code, so a parameterised script can be checked in
/// CI; with several scripts each plan names its file.
@Suite struct CheckLikeARunTests {
    static let script = "prompt \"a $1 for ${dur}s\"\nimage https://example.com/c.png\nduration $dur\nsubmit\n"

    /// Runs `grok ARGS…` in a folder holding `a.grok` and `b.grok` (both `script`).
    static func grok(_ arguments: [String], stdin: String? = nil) async throws -> GrokProcess.Result {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try dir.write("a.grok", script)
        _ = try dir.write("b.grok", script)
        return try await GrokProcess.run(arguments, stdin: stdin, environment: ["GROK_STATE_DIR": dir.path("state")], directory: dir.url)
    }

    @Test func variablesAndArgumentsCountAsInARun() async throws {
        let checked = try await Self.grok(["check", "--var", "dur=15", "a.grok", "cat"])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout == "plan: 1 paid task (15 s of video), 0 uploads, 0 downloads\n")
    }

    @Test func aMissingVariableOrArgumentIsStillAnError() async throws {
        let noVariable = try await Self.grok(["check", "a.grok", "cat"])
        #expect(noVariable.status == 2)
        #expect(noVariable.stderr.contains("error: undefined variable '$dur'"), "\(noVariable.stderr)")
        let noArgument = try await Self.grok(["check", "--var", "dur=15", "a.grok"])
        #expect(noArgument.status == 2)
        #expect(noArgument.stderr.contains("$1"), "\(noArgument.stderr)")
    }

    @Test func aValueFromAVariableIsCheckedAsTheRunWould() async throws {
        let checked = try await Self.grok(["check", "--var", "dur=12", "a.grok", "cat"])
        #expect(checked.status == 2)
        #expect(checked.stderr.contains("error: unsupported duration '12'"), "\(checked.stderr)")
    }

    @Test func aDoubleDashPassesWhatFollowsToTheScript() async throws {
        let checked = try await Self.grok(["check", "--var", "dur=10", "a.grok", "--", "--json"])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.hasPrefix("plan: 1 paid task (10 s of video)"), "\(checked.stdout)")
    }

    @Test func standardInputTakesTheArgumentsToo() async throws {
        let checked = try await Self.grok(["check", "--var", "dur=15", "-", "cat"], stdin: Self.script)
        #expect(checked.status == 0, "\(checked.stderr)")
    }

    @Test func maxTasksBoundsTheCheckedPlan() async throws {
        let checked = try await Self.grok(["check", "--max-tasks", "0", "--var", "dur=15", "a.grok", "cat"])
        #expect(checked.status == 2)
        #expect(checked.stderr.contains("error: this run would create more than 0 paid tasks"), "\(checked.stderr)")
    }

    @Test func severalScriptsEachNameTheirPlan() async throws {
        let text = try await Self.grok(["check", "--var", "dur=15", "a.grok", "b.grok", "cat"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout == """
            a.grok: plan: 1 paid task (15 s of video), 0 uploads, 0 downloads
            b.grok: plan: 1 paid task (15 s of video), 0 uploads, 0 downloads

            """)
        let json = try await Self.grok(["--json", "check", "--var", "dur=15", "a.grok", "b.grok", "cat"])
        #expect(json.stdout.contains(#"{"event":"plan","file":"a.grok","creates":1,"#), "\(json.stdout)")
        #expect(json.stdout.contains(#"{"event":"plan","file":"b.grok","creates":1,"#), "\(json.stdout)")
    }

    /// The same words to `check` and to `--dry-run` get the same verdict.
    @Test(arguments: [["--var", "dur=15"], ["--var", "dur=12"], [], ["--max-tasks", "0", "--var", "dur=10"]])
    func checkAgreesWithADryRun(options: [String]) async throws {
        let checked = try await Self.grok(["check"] + options + ["a.grok", "cat"])
        let dryRun = try await Self.grok(["--dry-run"] + options + ["a.grok", "cat"])
        #expect(checked.status == dryRun.status, "check: \(checked.stderr)\ndry run: \(dryRun.stderr)")
    }
}
