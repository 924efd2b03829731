import GrokSandbox
import Testing
import TestSupport

/// `grok a.grok --dry-run` meant the option: refused before anything runs, unless the
/// script reads its arguments or `--` comes first (SPEC §3.6).
@Suite struct MisplacedOptionTests {
    @Test(arguments: ["--dry-run", "--sandbox", "--json", "--max-tasks", "--var"])
    func anOptionAfterTheScriptIsRefused(option: String) async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("a.grok", "prompt hi\nimage https://e.com/i.png\nsubmit\n")
            let result = try await SandboxFixture.grok(sandbox, scratch, ["a.grok", option])
            #expect(result.status == 2)
            #expect(result.stderr.contains("'\(option)' comes after the script"))
            #expect(result.stderr.contains("put grok's options before the script"))
            #expect(await sandbox.requestLog().isEmpty)
        }
    }

    @Test func aScriptThatReadsItsArgumentsTakesThem() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("echo.grok", "echo \"first: $1\"\n")
            let result = try await SandboxFixture.grok(sandbox, scratch, ["echo.grok", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "first: --json\n")
        }
    }

    @Test func doubleDashPassesTheRestToTheScript() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("a.grok", "echo \"$1 $2\"\n")
            let result = try await SandboxFixture.grok(sandbox, scratch, ["a.grok", "--", "--dry-run", "x"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "--dry-run x\n")
        }
    }

    /// A word that is no option of grok's is not refused even when the script ignores its
    /// arguments: the script runs, and the words reach it as `$1` and `$2`.
    @Test func wordsThatAreNotOptionsAreArguments() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("a.grok", "echo ok\n")
            let ignored = try await SandboxFixture.grok(sandbox, scratch, ["a.grok", "--no-such-option", "plain"])
            #expect(ignored.status == 0, "\(ignored.stderr)")
            #expect(ignored.stdout == "ok\n")
            #expect(ignored.stderr.isEmpty, "\(ignored.stderr)")

            try scratch.write("b.grok", "echo \"[$1] [$2]\"\n")
            let read = try await SandboxFixture.grok(sandbox, scratch, ["b.grok", "--no-such-option", "plain"])
            #expect(read.status == 0, "\(read.stderr)")
            #expect(read.stdout == "[--no-such-option] [plain]\n")
            #expect(await sandbox.requestLog().isEmpty)
        }
    }
}
