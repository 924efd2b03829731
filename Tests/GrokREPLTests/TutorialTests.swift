import Foundation
import GrokCore
import GrokSandbox
import Testing

/// `grok tutorial` driven on a terminal as a newcomer would: each step's command typed once
/// its step is on the screen, one wrong command caught and explained. A second sandbox
/// stands in for the paid API, named by `JIMMYAI_BASE_URL` with a key beside it: the
/// tutorial must never read them, so it must never hear from grok.
@Suite(.serialized) struct TutorialTests {
    static let key = REPLEndToEndTests.key

    func withTutorial(_ body: (PseudoTerminal, REPLProcess) async throws -> Void) async throws {
        let paid = try await Sandbox.start(.init(taskPace: .queries(3)))
        let process = try REPLProcess()
        defer { process.remove() }
        do {
            let environment = ["JIMMYAI_API_KEY": Self.key, "JIMMYAI_BASE_URL": paid.baseURL.absoluteString,
                               "JIMMYAI_API_KEY_FILE": "/nonexistent/grok-key"]
            let terminal = try process.start(["tutorial", "--sandbox-task-time", "1s", "--api-key-file", "/nonexistent/grok-key"],
                                             environment: environment)
            try await terminal.killedIfThrowing { try await body(terminal, process) }
            #expect(await paid.requestLog().isEmpty, "the stand-in for the paid API heard nothing")
            #expect(!terminal.text.contains(Self.key), "the key in the environment never showed")
        } catch {
            await paid.stop()
            throw error
        }
        await paid.stop()
    }

    /// Types `commands` one by one, each once the prompt is back and the tutorial has
    /// answered the one before (each answer ends with what to type next: `Type:`, or the
    /// farewell), then waits for `next` on the screen.
    func type(_ commands: [String], then next: String, on terminal: PseudoTerminal) async throws {
        for command in commands {
            let answers = Self.answers(terminal.output)
            try await terminal.waitFor("the prompt before '\(command)'") { _ in
                terminal.cursorLine.hasPrefix("grok(sandbox)") && terminal.cursorLine.hasSuffix(">")
            }
            terminal.type(command + "\n")
            try await terminal.waitFor("the tutorial's answer to '\(command)'") { _ in Self.answers(terminal.output) > answers }
        }
        try await terminal.waitFor(next)
    }

    static func answers(_ output: String) -> Int {
        output.components(separatedBy: "Type:").count - 1 + output.components(separatedBy: "The tutorial ends here").count - 1
    }

    /// Steps 1 to 8, with a key read from the environment refused and a wrong command at
    /// step 3 explained; ends at step 9's lesson.
    func firstEightSteps(_ terminal: PseudoTerminal, _ process: REPLProcess) async throws {
        try await terminal.waitFor("Step 1 of 9: compose a draft")
        #expect(terminal.text.contains("sandbox at http://127.0.0.1:"), "the tutorial's own sandbox")
        try await type(["echo $env.JIMMYAI_API_KEY"], then: "The draft has no prompt yet", on: terminal)
        try await type(["prompt \"a cat surfing at dawn\""], then: "The draft has no image yet", on: terminal)
        try await type(["image https://example.com/cat.png"], then: "Step 2 of 9: length and shape", on: terminal)
        try await type(["duration 12"], then: "That did not work: the error above says why. The duration is 10 seconds", on: terminal)
        try await type(["duration 15", "ratio 9:16"], then: "Step 3 of 9: see the request", on: terminal)
        // The wrong command: the draft, not the request.
        try await type(["show draft"], then: "That showed something else: show draft lists the draft, show request the body sent", on: terminal)
        #expect(!terminal.text.contains("Step 4 of 9"), "a wrong command does not move on")
        try await type(["show request"], then: "Step 4 of 9: submit", on: terminal)
        #expect(terminal.text.contains("\"image_urls\": ["))
        try await type(["submit as cat"], then: "Step 5 of 9: watch the status", on: terminal)
        try await type(["status cat"], then: "Step 6 of 9: wait", on: terminal)
        try await type(["wait cat"], then: "Step 7 of 9: download", on: terminal)
        try await type(["download cat"], then: "Step 8 of 9: a moderation failure", on: terminal)
        #expect(FileManager.default.fileExists(atPath: process.scratch.appendingPathComponent("work/cat.mp4").path))
        try await type(["prompt \"a [fail] cat\"", "submit as refused", "wait refused"], then: "Step 9 of 9: a rate limit", on: terminal)
        #expect(terminal.text.contains("PROVIDER_MODERATION_ERROR"))
    }

    @Test func theFirstEightStepsAreCheckedAndAWrongCommandIsExplained() async throws {
        try await withTutorial { terminal, process in
            try await firstEightSteps(terminal, process)
            try await REPLEndToEndTests().leave(terminal)
        }
    }

    /// The whole tutorial, to its end. Step 9 needs the sandbox's `[429]` prompt marker
    /// (issue 21's failures on demand, built on another branch): without it this test is off.
    @Test(.enabled("needs the sandbox's [429] prompt marker") { await Self.sandboxKnowsRateLimitMarker() })
    func theWholeTutorialFromStartToEnd() async throws {
        try await withTutorial { terminal, process in
            try await firstEightSteps(terminal, process)
            try await type(["set trace on", "prompt \"a [429] cat\"", "submit"], then: "The tutorial ends here", on: terminal)
            #expect(terminal.text.split(separator: "\n").contains { $0.hasPrefix("< #") && $0.contains(" 429 (") }, "the trace shows the 429")
            #expect(try await terminal.exit() == 0, "the tutorial ends by itself; the screen:\n\(terminal.text)")
        }
    }

    /// `help tutorial` in a session says how to start the tutorial and what it covers.
    @Test func helpTutorialInTheREPLSaysHowToStartIt() async throws {
        try await REPLEndToEndTests().withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("help tutorial\n")
            try await terminal.waitFor("  grok tutorial")
            #expect(terminal.text.contains("compose a draft, length and shape, see the request"))
            try await REPLEndToEndTests().leave(terminal)
        }
    }

    /// Whether a sandbox answers a create whose prompt holds `[429]` with a 429.
    static func sandboxKnowsRateLimitMarker() async -> Bool {
        guard let sandbox = try? await Sandbox.start() else { return false }
        let configuration = ClientConfiguration(baseURL: sandbox.baseURL, apiKey: APIKey("test-key-marker-check"),
                                                retry: RetryPolicy(maxRetries: 0))
        let request = try? Draft(prompt: "a [429] cat", image: .url("https://example.com/cat.png")).validated().request(imageURL: "https://example.com/cat.png")
        if let request, let client = try? GrokClient(configuration: configuration) {
            _ = try? await client.create(request)
            await client.shutdown()
        }
        let answered = await sandbox.requestLog().contains { $0.status == 429 }
        await sandbox.stop()
        return answered
    }
}
