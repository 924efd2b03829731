import Foundation
import Testing
@testable import GrokREPL

/// Two `grok` REPLs at once on one state directory, each on a pseudo-terminal of its own.
@Suite(.serialized) struct SharedHistoryTests {
    static let environment = ["JIMMYAI_API_KEY": REPLEndToEndTests.key]

    /// Types `echo WORD` and waits for its output line and the prompt after it.
    func enter(_ word: String, in terminal: PseudoTerminal) async throws {
        terminal.type("echo \(word)\n")
        try await terminal.waitFor("the output of echo \(word)") { screen in
            screen.split(separator: "\n").contains { $0 == word } && terminal.cursorLine == "grok>"
        }
    }

    func leave(_ terminal: PseudoTerminal) async throws {
        terminal.type(REPLEndToEndTests.ctrlD)
        let status = try await terminal.exit()
        #expect(status == 0, "exit status \(status); the screen:\n\(terminal.text)")
    }

    /// A enters a1, B b1, A a2; A leaves, then B. Before, each REPL wrote its own history
    /// over the file and b1 was lost; now the file holds all three in the order entered,
    /// and a third REPL recalls them.
    @Test func twoREPLsAtOnceKeepBothHistories() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let first = try process.start(["--dry-run"], environment: Self.environment)
        try await first.killedIfThrowing {
            let second = try process.start(["--dry-run"], environment: Self.environment)
            try await second.killedIfThrowing {
                try await first.waitFor("the first prompt") { _ in first.cursorLine == "grok>" }
                try await second.waitFor("the second prompt") { _ in second.cursorLine == "grok>" }
                try await enter("from-a-1", in: first)
                try await enter("from-b-1", in: second)
                try await enter("from-a-2", in: first)
                try await leave(first)
                try await leave(second)
            }
        }
        let saved = try String(contentsOfFile: process.historyPath, encoding: .utf8)
        #expect(saved == "echo from-a-1\necho from-b-1\necho from-a-2\n")

        let third = try process.start(["--dry-run"], environment: Self.environment)
        try await third.killedIfThrowing {
            try await third.waitFor("grok>")
            for expected in ["echo from-a-2", "echo from-b-1", "echo from-a-1"] {
                third.type(REPLEndToEndTests.ctrlP)
                try await third.waitFor("the recalled '\(expected)'") { _ in third.cursorLine == "grok> \(expected)" }
            }
            third.type(REPLEndToEndTests.ctrlC)
            try await third.waitFor("a cleared line") { _ in third.cursorLine == "grok>" }
            try await leave(third)
        }
    }

    /// Another process keeps the lock: the entry still runs (the REPL gives up on the lock
    /// after 2 s), a warning says so, and the entry goes into the file with the next one.
    @Test func aHeldLockDelaysTheSaveWithAWarningAndLosesNothing() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let held = try FileLock.take(process.historyPath + ".lock", timeout: .zero)
        var released = false
        defer { if !released { held.release() } }
        let terminal = try process.start(["--dry-run"], environment: Self.environment)
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("grok>")
            try await enter("while-locked", in: terminal)
            #expect(terminal.lines.all.contains { $0.text.contains("history.lock' for 2s; this session's entries are kept") },
                    "the screen:\n\(terminal.text)")
            #expect(!FileManager.default.fileExists(atPath: process.historyPath))
            held.release()
            released = true
            try await enter("after-release", in: terminal)
            try await leave(terminal)
        }
        let saved = try String(contentsOfFile: process.historyPath, encoding: .utf8)
        #expect(saved == "echo while-locked\necho after-release\n")
    }
}
