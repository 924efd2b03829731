import Foundation
import Testing
import TestSupport

/// A script runs under a cap of 100 paid tasks unless told otherwise; a dry run and
/// `grok check` print the whole plan, however large.
@Suite struct TaskCapTests {
    static let draft = "prompt \"a cat\"\nimage https://example.com/cat.png\n"

    @Test func aScriptOverTheDefaultCapIsRefusedBeforeAnythingIsSent() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try (Self.draft + "repeat 101 { submit }\n").write(toFile: scratch.path("many.grok"), atomically: true, encoding: .utf8)
            let refused = try await SandboxFixture.grok(sandbox, scratch, ["many.grok"])
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("more than 100 paid tasks"), "\(refused.stderr)")
            #expect(refused.stderr.contains("--max-tasks N"))
            #expect(await sandbox.requestLog().isEmpty)
        }
    }

    @Test func aHundredTasksAreWithinTheCap() async throws {
        let result = try await GrokProcess.run(["check", "-"], stdin: Self.draft + "repeat 100 { submit }\n")
        #expect(result.status == 0, "\(result.stderr)")
        let dryRun = try await GrokProcess.run(["--dry-run", "-e", Self.draft + "repeat 100 { submit }"])
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
    }

    @Test func aDryRunAndCheckPrintTheWholePlan() async throws {
        let text = Self.draft + "repeat 150 { submit }"
        for result in [try await GrokProcess.run(["check", "-"], stdin: text + "\n"), try await GrokProcess.run(["--dry-run", "-e", text])] {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("plan: 150 paid tasks"), "\(result.stdout.suffix(300))")
        }
    }
}
