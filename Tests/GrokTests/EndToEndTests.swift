import Foundation
import GrokCore
import GrokSandbox
import Testing

/// The built `grok` against a sandbox on loopback, as the issue lists them.
@Suite struct EndToEndTests {
    static let fastPolls = "set poll-interval 100ms; set max-poll-interval 200ms"

    @Test func severalNamedTasksAtOnce() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let script = """
                \(Self.fastPolls)
                image https://example.com/cat.png
                for animal in cat dog owl {
                  prompt "a $animal surfing"
                  submit as $animal
                }
                wait all
                download cat to out/cat.mp4
                download dog to out/dog.mp4
                download owl
                jobs
                """
            try scratch.write("batch.grok", script)
            let result = try await SandboxFixture.grok(sandbox, scratch, ["batch.grok"])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            for name in ["out/cat.mp4", "out/dog.mp4", "owl.mp4"] {
                let data = try Data(contentsOf: scratch.url.appendingPathComponent(name))
                #expect(String(decoding: data[4..<8], as: UTF8.self) == "ftyp", "\(name) is an MP4")
            }
            #expect(await sandbox.requestLog().filter { $0.endpoint == .create }.count == 3)
            #expect(result.stdout.contains("submitted cat (sbx-task-000001)"))
            #expect(result.stdout.contains("completed owl (sbx-task-000003)"))
        }
    }

    @Test func failedTaskExitsFiveWithTheProvidersMessage() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", """
                \(Self.fastPolls)
                prompt "a logo [fail]"; image https://example.com/logo.png; submit; wait
                """])
            #expect(result.status == 5)
            #expect(result.stderr.contains("PROVIDER_MODERATION_ERROR: TRADEMARK"))
        }
    }

    @Test func wrongKeyExitsThree() async throws {
        try await SandboxFixture.with(.init(apiKey: "fake-the-only-accepted-key")) { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", "balance"], key: "fake-wrong-key")
            #expect(result.status == 3)
            #expect(result.stderr.contains("authentication"))
            #expect(!result.stderr.contains("fake-wrong-key"))
        }
    }

    @Test func missingKeyExitsThree() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await GrokProcess.run(["--base-url", sandbox.baseURL.absoluteString, "--state-dir", scratch.path("s"), "-e", "balance"])
            #expect(result.status == 3)
            #expect(result.stderr.contains("no API key"))
        }
    }

    @Test func typoOnTheLastLineSendsNothing() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("typo.grok", """
                prompt "a cat"
                image https://example.com/cat.png
                submit
                wait
                downlaod
                """)
            let result = try await SandboxFixture.grok(sandbox, scratch, ["typo.grok"])
            #expect(result.status == 2)
            #expect(result.stderr.contains("typo.grok:5:1"))
            #expect(result.stderr.contains("download"))
            #expect(await sandbox.requestLog().isEmpty)
        }
    }

    @Test func dryRunSendsNothingAndPrintsTheRequest() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--dry-run", "-e", """
                prompt "a cat"; image https://example.com/cat.png; ratio 9:16; submit as cat; wait cat
                """])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout.contains(#""image_urls": ["#))
            #expect(result.stdout.contains(#""ratio": "9:16""#))
            #expect(await sandbox.requestLog().isEmpty)
        }
    }

    @Test func jsonOutputParsesLineByLine() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--json", "-e", """
                \(Self.fastPolls)
                prompt "a cat"; image https://example.com/cat.png; submit as cat; wait; echo done
                """])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let events = result.stdout.split(separator: "\n").map { JSONValue.parse(Array($0.utf8)) }
            #expect(!events.isEmpty)
            #expect(events.allSatisfy { $0?["event"]?.stringValue != nil }, "every line is a JSON event: \(result.stdout)")
            let names = events.compactMap { $0?["event"]?.stringValue }
            #expect(names.contains("submitted"))
            #expect(names.contains("completed"))
            #expect(names.last == "echo")
        }
    }

    @Test func jsonErrorsGoToStandardError() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--json", "-e", "ratio 4:3"])
            #expect(result.status == 2)
            let error = JSONValue.parse(Array(result.stderr.split(separator: "\n").first.map(String.init)?.utf8 ?? "".utf8))
            #expect(error?["event"]?.stringValue == "error")
            #expect(error?["line"] == .number(1))
            #expect(error?["column"] == .number(7))
        }
    }

    @Test func interpolationOfArgumentsVariablesAndEnvironment() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("args.grok", "echo \"$1 and $2, $who, ${env.GROK_E2E_GREETING}\"\n")
            let result = try await SandboxFixture.grok(
                sandbox, scratch, ["--var", "who=world", "args.grok", "first", "second"], environment: ["GROK_E2E_GREETING": "hello"])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout == "first and second, world, hello\n")
        }
    }

    @Test func scriptFromStandardInput() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, [], stdin: "echo from stdin\n")
            #expect(result.status == 0)
            #expect(result.stdout == "from stdin\n")
        }
    }

    @Test func checkSendsNothing() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("good.grok", "prompt hi\nimage https://e.com/i.png\nsubmit\n")
            try scratch.write("bad.grok", "ratio 4:3\n")
            let good = try await SandboxFixture.grok(sandbox, scratch, ["check", "good.grok"])
            #expect(good.status == 0)
            let bad = try await SandboxFixture.grok(sandbox, scratch, ["check", "good.grok", "bad.grok"])
            #expect(bad.status == 2)
            #expect(bad.stderr.contains("bad.grok:1:7"))
            #expect(await sandbox.requestLog().isEmpty)
        }
    }

    @Test func keyNeverPrinted() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            // The submit makes the journal hold a request, a task id and a status: something the key could leak into.
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--trace", "-e", """
                echo $env.JIMMYAI_API_KEY; balance; prompt hi; image https://e.com/i.png; show curl; submit; status
                """])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let everything = result.stdout + result.stderr
            #expect(!everything.contains(SandboxFixture.fakeKey))
            #expect(everything.contains("Bearer ***"))
            let journal = try String(contentsOfFile: scratch.path("state/journal.jsonl"), encoding: .utf8)
            #expect(journal.contains("sbx-task-000001"), "the journal was written")
            #expect(!journal.contains(SandboxFixture.fakeKey))
        }
    }

    @Test func sourcedScriptsRunInTheSameSessionWithTheirOwnDirectories() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("main.grok", "source lib/settings.grok\necho \"back in main: $who, ratio $r\"\n")
            try scratch.write("lib/settings.grok", "let who = world\nsource more.grok\n")
            try scratch.write("lib/more.grok", "let r = 9:16\nratio $r\necho \"in more: $who\"\n")
            let result = try await SandboxFixture.grok(sandbox, scratch, ["main.grok"])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout == "in more: world\nback in main: world, ratio 9:16\n")
        }
    }

    /// A failure only the server can reveal (the rehearsal cannot know the task does not exist).
    @Test func keepGoingRunsToTheEndAndExitsWithTheFirstFailure() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--keep-going", "-e", """
                status no-such-task
                echo still here
                """])
            #expect(result.status == 1)
            #expect(result.stdout == "still here\n")
            #expect(result.stderr.contains("no-such-task"))
        }
    }

    @Test func keepGoingStillRefusesWhatTheRehearsalFinds() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--keep-going", "-e", """
                assert a == b
                echo still here
                assert c == d
                """])
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("assertion failed: 'a' == 'b'"))
            #expect(result.stderr.contains("assertion failed: 'c' == 'd'"))
            #expect(await sandbox.requestLog().isEmpty)
        }
    }

    @Test(arguments: [["--bogus"], ["--sandbox-task-time", "abc", "-e", "echo hi"], ["sandbox", "--port", "99999"]])
    func usageErrorsExitTwoAndSayWhy(arguments: [String]) async throws {
        let result = try await GrokProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stdout.isEmpty)
    }

    /// A one-letter key (any key does for a sandbox) is hidden where it stands alone, never
    /// inside other words, and grok says once that it cannot be a real key.
    @Test func shortKeyIsNotRedactedInsideWordsAndIsWarnedAboutOnce() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", "echo grok-imagine-video-1.5 kayak k; balance; echo k"], key: "k")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("grok-imagine-video-1.5 kayak ***\n"))
            #expect(result.stdout.hasSuffix("***\n"))
            #expect(result.stderr.components(separatedBy: "too short to be a real one").count == 2, "\(result.stderr)")
        }
    }

    /// Piped, a traced JSON body stays on one line (on a terminal it is indented: the REPL tests).
    @Test func traceWhenPipedKeepsEachBodyOnOneLine() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--trace", "-e", "balance"])
            #expect(result.status == 0, "\(result.stderr)")
            let bodies = result.stderr.split(separator: "\n").filter { $0.hasPrefix("< {") }
            #expect(bodies.count == 2 && bodies.allSatisfy { $0.contains("\"code\"") && $0.hasSuffix("}") }, "\(result.stderr)")
        }
    }
}
