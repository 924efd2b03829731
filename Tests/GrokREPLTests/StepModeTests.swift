import Foundation
import GrokSandbox
import Testing

/// `--step` and `set step on`: before each request grok shows it and waits. Each test talks
/// to a sandbox in this process, so what was sent is read from its request log, and moves
/// on only once the pause's question is on the screen.
@Suite(.serialized) struct StepModeTests {
    static let key = REPLEndToEndTests.key
    static let question = "step: Enter sends it"
    static let flow = """
        set poll-interval 100ms
        prompt "a cat"
        image https://example.com/cat.png
        submit as cat
        wait cat
        echo done
        """

    /// `flow.grok` run with `--step` against a sandbox whose tasks finish on their third query.
    func withSteppedScript(_ script: String = Self.flow, _ body: (PseudoTerminal, Sandbox, REPLProcess) async throws -> Void) async throws {
        let sandbox = try await Sandbox.start(.init(taskPace: .queries(3)))
        let process = try REPLProcess()
        defer { process.remove() }
        do {
            try Data(script.utf8).write(to: process.scratch.appendingPathComponent("work/flow.grok"))
            let terminal = try process.start(["--step", "--base-url", sandbox.baseURL.absoluteString, "flow.grok"],
                                             environment: ["JIMMYAI_API_KEY": Self.key])
            try await terminal.killedIfThrowing { try await body(terminal, sandbox, process) }
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    /// How many pauses the screen shows.
    static func pauses(_ terminal: PseudoTerminal) -> Int {
        terminal.text.components(separatedBy: question).count - 1
    }

    /// Waits for the `number`-th pause, showing request `#exchange` (`POST …/grok/videos`).
    static func waitForPause(_ terminal: PseudoTerminal, number: Int, showing request: String) async throws {
        try await terminal.waitFor("pause \(number)") { _ in pauses(terminal) == number }
        #expect(terminal.text.contains(request), "the pause shows \(request); the screen:\n\(terminal.text)")
        #expect(terminal.cursorLine.hasPrefix(question), "the question waits at the cursor: \(terminal.cursorLine)")
    }

    static func count(_ log: [LoggedRequest], _ endpoint: SandboxEndpoint) -> Int {
        log.filter { $0.endpoint == endpoint }.count
    }

    /// The create and each query pause; nothing is sent before its Enter.
    @Test func enterSendsEachRequestInTurn() async throws {
        try await withSteppedScript { terminal, sandbox, _ in
            try await Self.waitForPause(terminal, number: 1, showing: "> #1 POST \(sandbox.baseURL.absoluteString)/api/open-api/v1/grok/videos")
            #expect(terminal.text.contains("> Authorization: Bearer ***"), "the key is hidden")
            #expect(!terminal.text.contains(Self.key))
            #expect(terminal.text.contains("\"prompt\": \"a cat\""), "the body, pretty on a terminal")
            #expect(await sandbox.requestLog().isEmpty, "the create waits for Enter")
            terminal.type("\r")
            for number in 2...4 {
                try await Self.waitForPause(terminal, number: number, showing: "> #\(number) GET ")
                let log = await sandbox.requestLog()
                #expect(Self.count(log, .create) == 1 && Self.count(log, .query) == number - 2, "query \(number - 1) waits for Enter")
                terminal.type("\r")
            }
            try await terminal.waitFor("done")
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
            #expect(terminal.text.contains("completed cat"))
            #expect(Self.pauses(terminal) == 4)
            let log = await sandbox.requestLog()
            #expect(Self.count(log, .create) == 1 && Self.count(log, .query) == 3)
        }
    }

    /// `s` sends the create and every later request without pausing again.
    @Test func sSkipsTheRestOfThePauses() async throws {
        try await withSteppedScript { terminal, sandbox, _ in
            try await Self.waitForPause(terminal, number: 1, showing: "/grok/videos")
            terminal.type("s\r")
            try await terminal.waitFor("done")
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
            #expect(Self.pauses(terminal) == 1, "no pause after s; the screen:\n\(terminal.text)")
            let log = await sandbox.requestLog()
            #expect(Self.count(log, .create) == 1 && Self.count(log, .query) == 3)
        }
    }

    /// `q` at the create: it is never sent, grok stops as Ctrl-C would (130), and the journal
    /// says the create failed with no task possible.
    @Test func qAtTheCreateSendsNothingAndStops() async throws {
        try await withSteppedScript { terminal, sandbox, process in
            try await Self.waitForPause(terminal, number: 1, showing: "/grok/videos")
            terminal.type("q\r")
            #expect(try await terminal.exit() == 130, "the screen:\n\(terminal.text)")
            #expect(terminal.text.contains("stopped: request #1 was not sent"))
            #expect(!terminal.text.contains("done"))
            #expect(await sandbox.requestLog().isEmpty, "nothing reached the sandbox")
            let journal = try String(contentsOf: process.stateDirectory.appendingPathComponent("journal.jsonl"), encoding: .utf8)
            let records = journal.split(separator: "\n")
            #expect(records.count == 2 && records.first?.contains("\"event\":\"create\"") == true
                    && records.last?.contains("\"event\":\"create-failed\"") == true
                    && records.last?.contains("\"may_exist\":false") == true, "the journal:\n\(journal)")
            let left = try #require(terminal.localModes)
            #expect(left & tcflag_t(ICANON) != 0 && left & tcflag_t(ECHO) != 0 && left & tcflag_t(ISIG) != 0, "the terminal is back as it was")
        }
    }

    /// `q` at a poll: the wait stops as Ctrl-C stops it, saying how to resume; Ctrl-C at a
    /// pause is the same answer.
    @Test(arguments: ["q\r", REPLEndToEndTests.ctrlC])
    func qAtAPollStopsTheWaitAsCtrlCDoes(answer: String) async throws {
        try await withSteppedScript { terminal, sandbox, _ in
            try await Self.waitForPause(terminal, number: 1, showing: "/grok/videos")
            terminal.type("\r")
            try await Self.waitForPause(terminal, number: 2, showing: "> #2 GET ")
            terminal.type(answer)
            // Read from the terminal before the exit: output still in the pty when the child
            // has gone may not have been read yet.
            try await terminal.waitFor("resume with: wait cat")
            #expect(try await terminal.exit() == 130, "the screen:\n\(terminal.text)")
            let log = await sandbox.requestLog()
            #expect(Self.count(log, .create) == 1 && Self.count(log, .query) == 0, "the poll was held back")
        }
    }

    /// In the REPL: `set step on` pauses before each request of `balance`; `s` turns step
    /// mode off in the session (`show options` says so) until `set step on` again.
    @Test func setStepOnInTheREPL() async throws {
        try await REPLEndToEndTests().withSandboxedREPL { terminal, sandbox, prompt in
            terminal.type("set step on\nbalance\n")
            try await Self.waitForPause(terminal, number: 1, showing: "> #1 GET \(sandbox.baseURL.absoluteString)/api/open-api/v1/user/balance")
            #expect(await sandbox.requestLog().isEmpty)
            terminal.type("\r")
            try await Self.waitForPause(terminal, number: 2, showing: "/key/balance")
            terminal.type("s\r")
            try await terminal.waitFor("the prompt after balance") { _ in terminal.cursorLine == prompt + ">" }
            #expect(await sandbox.requestLog().count == 2)
            terminal.type("show options\n")
            try await terminal.waitFor("step off after s") { screen in screen.split(separator: "\n").contains { $0.hasPrefix("step ") && $0.hasSuffix(" off") } }
            terminal.type("balance\n")
            #expect(try await REPLEndToEndTests.until { await sandbox.requestLog().count == 4 }, "balance sent both requests without a pause")
            #expect(Self.pauses(terminal) == 2)
            terminal.type("set step on\nbalance\n")
            try await Self.waitForPause(terminal, number: 3, showing: "/user/balance")
            terminal.type("q\r")
            try await terminal.waitFor("the prompt after q") { _ in terminal.cursorLine == prompt + ">" }
            #expect(await sandbox.requestLog().count == 4, "q sent nothing")
            try await REPLEndToEndTests().leave(terminal)
        }
    }
}
