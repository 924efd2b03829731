import Foundation
import GrokSandbox
import Testing

/// Ctrl-C, SIGTERM and SIGHUP in a session. Where a signal must land inside a command, the
/// session talks to a sandbox in this process, and the test sends the signal once the
/// sandbox's own state (an answer held back, a query answered) says the command is under
/// way, never after a task's duration.
extension REPLEndToEndTests {
    @Test func ctrlCDuringWaitReturnsToThePromptAndTheTaskCanBeWaitedForAgain() async throws {
        try await withSandboxedREPL { terminal, sandbox, prompt in
            terminal.type("set poll-interval 100ms\n")
            terminal.type("prompt \"a cat surfing\"\nimage https://example.com/cat.png\nsubmit as cat\n")
            try await terminal.waitFor("submitted cat")
            try await terminal.waitFor("the running prompt") { _ in terminal.cursorLine == "\(prompt)[draft ✓ · 1 running]>" }
            // The wait's first query reaches the sandbox, which holds its answer back: Ctrl-C
            // lands while the wait is certainly under way, and the task cannot end meanwhile.
            await sandbox.inject([.held], on: .query)
            terminal.type("wait cat\n")
            #expect(try await Self.until { await sandbox.heldAnswers() == 1 }, "the wait's query arrived")
            terminal.type(Self.ctrlC)
            try await terminal.waitFor("resume with: wait cat")
            try await terminal.waitFor("the prompt after Ctrl-C") { _ in terminal.cursorLine == "\(prompt)[draft ✓ · 1 running]>" }
            await sandbox.releaseHeld()
            terminal.type("wait cat\n")
            try await terminal.waitFor("completed cat (")
            try await terminal.waitFor("the prompt after the wait") { _ in terminal.cursorLine == "\(prompt)[draft ✓]>" }
            try await leave(terminal)
            #expect(await sandbox.requestLog().filter { $0.endpoint == .query }.count == 3, "queued (held), processing, completed")
        }
    }

    /// The first Ctrl-C during a create lets the paid create finish; a second one leaves at
    /// once, while the create's answer is still held back.
    @Test func aSecondCtrlCDuringACreateLeavesAtOnce() async throws {
        try await withSandboxedREPL { terminal, sandbox, prompt in
            terminal.type("prompt \"a cat\"\nimage https://example.com/cat.png\n")
            try await terminal.waitFor("the complete draft") { _ in terminal.cursorLine == "\(prompt)[draft ✓]>" }
            await sandbox.inject([.held], on: .create)
            terminal.type("submit as cat\n")
            #expect(try await Self.until { await sandbox.heldAnswers() == 1 }, "the create arrived")
            terminal.type(Self.ctrlC)
            try await terminal.waitFor("stopping after the create in flight")
            terminal.type(Self.ctrlC)
            #expect(try await terminal.exit(limit: .seconds(60)) == 130, "the screen:\n\(terminal.text)")
            #expect(await sandbox.heldAnswers() == 1, "grok left before the answer came")
            let left = try #require(terminal.localModes)
            #expect(left & tcflag_t(ICANON) != 0 && left & tcflag_t(ECHO) != 0, "the terminal is back in its normal mode")
        }
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func terminationAtThePromptRestoresTheTerminalAndLeaves(signal: Int32, status: Int32) async throws {
        try await withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("grok(sandbox)>")
            let editing = try #require(terminal.localModes)
            #expect(editing & tcflag_t(ICANON) == 0, "the line editor reads key by key")
            terminal.send(signal)
            #expect(try await terminal.exit() == status)
            let left = try #require(terminal.localModes)
            #expect(left & tcflag_t(ICANON) != 0 && left & tcflag_t(ECHO) != 0, "the terminal is back in its normal mode")
        }
    }

    @Test func sigtermDuringAWaitSaysHowToResumeAndLeaves() async throws {
        try await withSandboxedREPL(.init(taskPace: .queries(1_000_000))) { terminal, sandbox, _ in
            terminal.type("set poll-interval 100ms\nprompt \"a cat\"\nimage https://example.com/cat.png\nsubmit as cat\nwait cat\n")
            #expect(try await Self.until { await sandbox.requestLog().contains { $0.endpoint == .query } }, "the wait is polling")
            terminal.send(SIGTERM)
            try await terminal.waitFor("resume with: wait cat")
            #expect(try await terminal.exit() == 143)
            let left = try #require(terminal.localModes)
            #expect(left & tcflag_t(ICANON) != 0 && left & tcflag_t(ECHO) != 0)
        }
    }

    /// A session on a sandbox started here (tasks paced by queries), at its prompt; the
    /// sandbox is stopped and the process killed on every path. `prompt`: the prompt's
    /// start, `grok(127.0.0.1:PORT)`.
    func withSandboxedREPL(_ configuration: SandboxConfiguration = .init(taskPace: .queries(3)),
                           _ body: (PseudoTerminal, Sandbox, String) async throws -> Void) async throws {
        let sandbox = try await Sandbox.start(configuration)
        do {
            try await withREPL(["--base-url", sandbox.baseURL.absoluteString], environment: ["JIMMYAI_API_KEY": Self.key]) { terminal, process in
                defer { process.remove() }
                let prompt = "grok(127.0.0.1:\(sandbox.port))"
                try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == prompt + ">" }
                try await body(terminal, sandbox, prompt)
            }
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    /// Looks at `condition` (a state, not a time) until it holds or two minutes pass.
    static func until(_ condition: () async -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(120)
        while ContinuousClock.now < deadline {
            if await condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return await condition()
    }
}
