import Foundation
import GrokCore
import GrokSandbox
import Testing
import TestSupport

/// The command line itself, each through the built binary: version, completion scripts,
/// where the state directory is, the base URL from the environment, plain-HTTP keys,
/// `--sandbox` with a script file and the text `jobs` table.
@Suite struct CommandLineTests {
    static let submitOne = "prompt hi; image https://e.com/i.png; submit as cat"

    @Test func versionPrintsTheVersion() async throws {
        let result = try await GrokProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(GrokVersion.current + " (built with Swift "), "\(result.stdout)")
    }

    /// Each script registers itself for `grok` and offers grok's options.
    @Test(arguments: [("bash", "complete -o filenames -F _grok grok"), ("zsh", "#compdef grok"), ("fish", "complete -c 'grok'")])
    func completionScripts(shell: String, registration: String) async throws {
        let result = try await GrokProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains(registration))
        for option in ["sandbox", "state-dir", "allow-insecure-http", "dry-run"] {
            #expect(result.stdout.contains(option), "\(shell) offers --\(option)")
        }
    }

    /// `GROK_STATE_DIR`, then `$XDG_STATE_HOME/grok`, then `$HOME/.local/state/grok`.
    @Test(arguments: [
        (["GROK_STATE_DIR": "chosen", "XDG_STATE_HOME": "xdg", "HOME": "home"], "chosen"),
        (["XDG_STATE_HOME": "xdg", "HOME": "home"], "xdg/grok"),
        (["XDG_STATE_HOME": "", "HOME": "home"], "home/.local/state/grok"),
    ])
    func stateDirectoryFallbacks(environment: [String: String], expected: String) async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let absolute = environment.mapValues { $0.isEmpty ? "" : scratch.path($0) }
            let result = try await GrokProcess.run(
                ["--base-url", sandbox.baseURL.absoluteString, "-e", Self.submitOne],
                environment: absolute.merging(["JIMMYAI_API_KEY": SandboxFixture.fakeKey]) { $1 }, directory: scratch.url)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let journal = try String(contentsOfFile: scratch.path(expected + "/journal.jsonl"), encoding: .utf8)
            #expect(journal.contains("sbx-task-000001"))
        }
    }

    @Test func baseURLComesFromTheEnvironmentAndTheOptionWins() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let fromEnvironment = try await GrokProcess.run(
                ["--state-dir", scratch.path("state"), "-e", "balance"],
                environment: ["JIMMYAI_API_KEY": SandboxFixture.fakeKey, "JIMMYAI_BASE_URL": sandbox.baseURL.absoluteString])
            #expect(fromEnvironment.status == 0, "stderr: \(fromEnvironment.stderr)")
            #expect(await sandbox.requestLog().filter { $0.endpoint == .userBalance }.count == 1)
            // Nothing listens on port 9: the option, not the environment, is used.
            let overridden = try await GrokProcess.run(
                ["--state-dir", scratch.path("state"), "--base-url", sandbox.baseURL.absoluteString, "-e", "balance"],
                environment: ["JIMMYAI_API_KEY": SandboxFixture.fakeKey, "JIMMYAI_BASE_URL": "http://127.0.0.1:9"])
            #expect(overridden.status == 0, "stderr: \(overridden.stderr)")
            #expect(await sandbox.requestLog().filter { $0.endpoint == .userBalance }.count == 2)
        }
    }

    /// `127.1` is the sandbox's own address written so that it is not recognised as loopback:
    /// the key is refused in clear text (exit 3, nothing sent) unless `--allow-insecure-http`.
    @Test func plainHTTPToAnotherHostNeedsAllowInsecureHTTP() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let url = "http://127.1:\(sandbox.port)"
            let refused = try await SandboxFixture.grok(sandbox, scratch, ["--base-url", url, "-e", "balance"])
            #expect(refused.status == 3)
            #expect(refused.stderr.contains("http"))
            #expect(await sandbox.requestLog().isEmpty)
            let allowed = try await SandboxFixture.grok(sandbox, scratch, ["--base-url", url, "--allow-insecure-http", "-e", "balance"])
            #expect(allowed.status == 0, "stderr: \(allowed.stderr)")
            #expect(await sandbox.requestLog().map(\.hasBearer) == [true, true])
        }
    }

    /// `--sandbox` runs a script file against the built-in sandbox: no key, a real video.
    @Test func sandboxRunsAScriptFile() async throws {
        try await SandboxFixture.with { _, scratch in
            try scratch.write("flow.grok", SampleScripts.catToFile + "\necho \"saved $file\"\n")
            let result = try await GrokProcess.run(
                ["--sandbox", "--sandbox-task-time", "0", "--state-dir", scratch.path("state"), "flow.grok"], directory: scratch.url)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout.contains("submitted cat (sbx-") && result.stdout.contains("-000001)"), "\(result.stdout)")
            #expect(result.stdout.hasSuffix("saved cat.mp4\n"))
            let video = try Data(contentsOf: scratch.url.appendingPathComponent("cat.mp4"))
            #expect(String(decoding: video[4..<8], as: UTF8.self) == "ftyp")
        }
    }

    /// The text table: a header, one row per task (newest last), the status and the prompt.
    @Test func jobsTableInText() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", """
                prompt "a cat"; image https://e.com/i.png; submit as cat; prompt "a dog"; submit; status; jobs
                """])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let table = result.stdout.split(separator: "\n").map(String.init).suffix(3)
            #expect(table.count == 3)
            let header = table.first ?? ""
            for column in ["NAME", "TASK", "STATUS", "AGE", "PROMPT", "FILE"] { #expect(header.contains(column), "header: \(header)") }
            let rows = Array(table.dropFirst())
            #expect(rows.first?.contains("cat") == true && rows.first?.contains("sbx-task-000001") == true, "\(rows)")
            #expect(rows.last?.contains("sbx-task-000002") == true && rows.last?.contains("a dog") == true, "\(rows)")
            #expect(rows.last?.contains("queued") == true, "the status answer is in the journal: \(rows)")
        }
    }
}
