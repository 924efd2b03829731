import Foundation
import TestSupport
import Testing

/// grok's own command line: the subcommands' help, `check -`, `help TOPIC`, `--version`,
/// `error:` wording and the shell completion scripts.
@Suite struct SubcommandTests {
    @Test(arguments: [("check", "USAGE: grok check"), ("run", "USAGE: grok run"), ("help", "USAGE: grok help"),
                      ("sandbox", "grok sandbox"), ("tutorial", "USAGE: grok tutorial"), ("report", "USAGE: grok report")])
    func subcommandHelpDescribesTheSubcommand(subcommand: String, usage: String) async throws {
        let result = try await GrokProcess.run([subcommand, "--help"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(usage), "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    /// The tutorial waits for what is typed: without a terminal it is refused, exactly so.
    @Test func tutorialWithoutATerminalIsRefused() async throws {
        let result = try await GrokProcess.run(["tutorial"], stdin: "prompt hi\n")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            error: grok tutorial needs a terminal: it waits for what you type and shows what it did
              = hint: run it in a terminal window, with nothing piped in or out; for a script, grok --sandbox FILE.grok

            """, "\(result.stderr)")
    }

    @Test func checkReadsTheScriptFromStandardInput() async throws {
        let result = try await GrokProcess.run(["check", "-"], stdin: "prompt hi\nimage https://example.com/a.png\nsubmit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("plan: 1 paid task"), "\(result.stdout)")
    }

    @Test func jsonAfterCheckIsTheSameAsBefore() async throws {
        let script = "prompt hi\nimage https://example.com/a.png\nsubmit\n"
        let after = try await GrokProcess.run(["check", "--json", "-"], stdin: script)
        let before = try await GrokProcess.run(["--json", "check", "-"], stdin: script)
        #expect(after.status == 0 && before.status == 0)
        #expect(after.stdout.hasPrefix("{\"event\":\"plan\""), "\(after.stdout)")
        #expect(after.stdout == before.stdout)
    }

    @Test(arguments: [([], "Commands (help COMMAND"), (["submit"], "usage: submit"), (["options"], "Session options")])
    func helpPrintsTheLanguageHelp(topic: [String], expected: String) async throws {
        let result = try await GrokProcess.run(["help"] + topic)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(expected), "\(result.stdout)")
    }

    @Test func versionNamesTheSwiftThatBuiltIt() async throws {
        let result = try await GrokProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("0.1.0 (built with Swift 6."), "\(result.stdout)")
    }

    @Test(arguments: [["--bogus"], ["check"], ["check", "--bogus", "a.grok"], ["run"], ["help", "--bogus"]])
    func usageErrorsSayErrorInLowerCase(arguments: [String]) async throws {
        let result = try await GrokProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
        #expect(!result.stderr.contains("Error:"))
    }

    /// The scripts come from ArgumentParser: the first word calls back into grok (subcommands
    /// and `.grok` files), the path options complete files and directories.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptOffersSubcommandsScriptsAndPaths(shell: String) async throws {
        let result = try await GrokProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        let script = result.stdout
        #expect(script.contains("---completion -- positional@0"), "the first word is completed by grok itself")
        for option in ["state-dir", "api-key-file", "sandbox", "json"] {
            #expect(script.contains(shell == "fish" ? "-l '\(option)'" : "--\(option)"), "\(option) in the \(shell) script")
        }
        switch shell {
        case "bash":
            #expect(script.contains("'--state-dir')\n        __grok_add_completions -d"), "--state-dir completes directories")
            #expect(script.contains("'--api-key-file')\n        __grok_add_completions -f"), "--api-key-file completes files")
        case "zsh":
            #expect(script.contains("--state-dir[") && script.contains(":dir:_files -/'"), "--state-dir completes directories")
            #expect(script.contains(":path:_files'"), "--api-key-file completes files")
        default:
            #expect(script.contains("-l 'state-dir'") && script.contains("(__grok_complete_directories)"), "--state-dir completes directories")
        }
    }

    @Test func firstWordCompletionListsSubcommandsScriptsAndDirectories() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try directory.write("demo.grok", "echo hi\n")
        _ = try directory.write("notes.txt", "x\n")
        try FileManager.default.createDirectory(atPath: directory.path("scripts"), withIntermediateDirectories: true)
        let all = try await completions(typed: "", in: directory.url)
        #expect(all == ["check", "run", "help", "sandbox", "tutorial", "report", "demo.grok", "scripts/"])
        #expect(try await completions(typed: "s", in: directory.url) == ["sandbox", "scripts/"])
    }

    private func completions(typed prefix: String, in directory: URL) async throws -> [String] {
        let result = try await GrokProcess.run(["---completion", "--", "positional@0", "1", "\(prefix.count)", "grok", prefix], directory: directory)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }
}
