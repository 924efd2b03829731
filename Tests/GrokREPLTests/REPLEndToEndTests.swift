import Foundation
import Testing

/// The built `grok` on a real pseudo-terminal: keystrokes in, screen out. Every wait is
/// for text on the screen, bounded generously; none asserts on timing.
@Suite(.serialized) struct REPLEndToEndTests {
    static let key = "test-key-7Qm2Zx9pL4vR8sK1"
    static let ctrlC = "\u{03}", ctrlD = "\u{04}", ctrlB = "\u{02}", ctrlP = "\u{10}"

    /// Runs `body` with a fresh `grok` session; the process is killed if the body throws.
    func withREPL(_ arguments: [String] = ["--sandbox"], environment: [String: String] = [:], process: REPLProcess? = nil,
                  _ body: (PseudoTerminal, REPLProcess) async throws -> Void) async throws {
        let process = try process ?? REPLProcess()
        let terminal = try process.start(arguments, environment: environment)
        try await terminal.killedIfThrowing { try await body(terminal, process) }
    }

    func leave(_ terminal: PseudoTerminal) async throws {
        // Ctrl-D only once the line editor has drawn its prompt: typed while the last entry's
        // output is still coming, the terminal's own line discipline may swallow it.
        try await terminal.waitFor("a prompt to leave from") { _ in
            terminal.cursorLine.hasPrefix("grok") && terminal.cursorLine.hasSuffix(">")
        }
        terminal.type(Self.ctrlD)
        let status = try await terminal.exit()
        #expect(status == 0, "exit status \(status); the screen:\n\(terminal.text)")
    }

    @Test func sandboxSessionSaysSoInABannerAndThePrompt() async throws {
        try await withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("the banner") { screen in
                screen.split(separator: "\n").contains { $0.hasPrefix("sandbox at http://127.0.0.1:") && $0.hasSuffix(" — no key, nothing is billed") }
            }
            try await terminal.waitFor("the sandbox prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("prompt \"a cat\"\nimage https://example.com/cat.png\n")
            try await terminal.waitFor("the complete draft") { _ in terminal.cursorLine == "grok(sandbox)[draft ✓]>" }
            try await leave(terminal)
        }
    }

    @Test func anotherBaseURLShowsItsHostInThePromptAndNoBanner() async throws {
        try await withREPL(["--dry-run", "--base-url", "https://staging.example.com:8443"]) { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("the host prompt") { _ in terminal.cursorLine == "grok(staging.example.com:8443)>" }
            terminal.type("set base-url https://www.jimmyai.cn\n")
            try await terminal.waitFor("the plain prompt") { _ in terminal.cursorLine == "grok>" }
            #expect(!terminal.text.contains("sandbox at"))
            try await leave(terminal)
        }
    }

    /// On a terminal a JSON body is indented over several lines (`--trace` piped stays one
    /// line a body: see the trace goldens).
    @Test func traceOnATerminalPrettyPrintsJSONBodies() async throws {
        try await withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("set trace on\nbalance\n")
            try await terminal.waitFor("an indented answer") { screen in
                screen.split(separator: "\n").contains { $0.hasPrefix("<   \"code\": ") }
            }
            try await terminal.waitFor("the prompt after the balance") { screen in
                screen.contains("key sandbox:") && terminal.cursorLine == "grok(sandbox)>"
            }
            try await leave(terminal)
        }
    }

    /// Each entry is rehearsed; an entry that would create more than 10 tasks is refused.
    @Test func anEntryOverTheREPLsBudgetCostsNothing() async throws {
        try await withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("prompt x; image https://e.com/i.png; repeat 11 { submit }\n")
            try await terminal.waitFor("this run would create more than 10 tasks")
            terminal.type("jobs\n")
            try await terminal.waitFor("no tasks in the journal")
            try await leave(terminal)
        }
    }

    @Test func tabCompletesACommandThenListsItsValuesAndHintsTheSyntax() async throws {
        try await withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("rat\t")
            try await terminal.waitFor("the completed word") { _ in terminal.cursorLine.hasPrefix("grok(sandbox)> ratio 16:9|9:16|1:1|3:2|2:3") }
            terminal.type("\t")
            try await terminal.waitFor("16:9  9:16  1:1   3:2   2:3")
            terminal.type("9:\t\n")
            try await terminal.waitFor("the draft prompt") { _ in terminal.cursorLine == "grok(sandbox)[draft …]>" }
            try await leave(terminal)
        }
    }

    @Test func hintAppearsAfterACommandWordAndIsNeverInserted() async throws {
        try await withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("ratio ")
            try await terminal.waitFor("the hint") { _ in terminal.cursorLine == "grok(sandbox)> ratio 16:9|9:16|1:1|3:2|2:3" }
            terminal.type("9:16")
            try await terminal.waitFor("the hint to go") { _ in terminal.cursorLine == "grok(sandbox)> ratio 9:16" }
            terminal.type("\nshow draft\n")
            try await terminal.waitFor("9:16 in the draft") { $0.contains("ratio") && $0.components(separatedBy: "9:16").count >= 3 }
            #expect(!terminal.text.contains("unsupported ratio"))
            try await leave(terminal)
        }
    }

    @Test func multiLineRepeatRunsAsOneEntry() async throws {
        try await withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("let w = world\n")
            terminal.type("repeat 2 {\n")
            try await terminal.waitFor("the continuation prompt") { _ in terminal.cursorLine == "..." }
            terminal.type("echo hello $w\n")
            terminal.type("}\n")
            try await terminal.waitFor("two greetings") { $0.components(separatedBy: "hello world").count == 3 }
            try await terminal.waitFor("the prompt again") { _ in terminal.cursorLine == "grok(sandbox)>" }
            try await leave(terminal)
            let history = try String(contentsOfFile: process.historyPath, encoding: .utf8)
            #expect(history.contains("repeat 2 {\\necho hello $w\\n}\n"))
        }
    }

    @Test func historySurvivesARestartIsPrivateAndNeverHoldsTheKey() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let environment = ["JIMMYAI_API_KEY": Self.key]
        try await withREPL(["--dry-run"], environment: environment, process: process) { terminal, _ in
            try await terminal.waitFor("grok>")
            terminal.type("ratio 9:16\n")
            terminal.type("echo \(Self.key)\n")
            try await terminal.waitFor("the redacted echo") { $0.contains("\n***") }
            try await leave(terminal)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: process.historyPath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let saved = try String(contentsOfFile: process.historyPath, encoding: .utf8)
        #expect(saved == "ratio 9:16\n")
        #expect(!saved.contains(Self.key))

        try await withREPL(["--dry-run"], environment: environment, process: process) { terminal, _ in
            try await terminal.waitFor("grok>")
            terminal.type(Self.ctrlP)
            try await terminal.waitFor("the recalled entry") { _ in terminal.cursorLine == "grok> ratio 9:16" }
            terminal.type(Self.ctrlC)
            try await terminal.waitFor("a cleared line") { _ in terminal.cursorLine == "grok>" }
            try await leave(terminal)
        }
    }

    @Test func cjkPromptRoundTripsIntoTheRequest() async throws {
        try await withREPL(["--dry-run"], environment: ["JIMMYAI_API_KEY": Self.key]) { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("grok>")
            // Typed with a letter missing, then the cursor moves back over wide characters to insert it.
            terminal.type("prompt \"一只猫冲浪\"" + String(repeating: Self.ctrlB, count: 3) + "在")
            try await terminal.waitFor("the edited line") { _ in terminal.cursorLine == "grok> prompt \"一只猫在冲浪\"" }
            terminal.type("\nimage https://example.com/cat.png\nshow request\n")
            try await terminal.waitFor("the request") { screen in
                screen.split(separator: "\n").contains { $0.contains("\"prompt\"") && $0.contains("\"一只猫在冲浪\"") }
            }
            try await leave(terminal)
        }
    }

    @Test func ctrlCClearsTheLineAndErrorsNeverEndTheSession() async throws {
        try await withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("ratio 9")
            try await terminal.waitFor("the typed line") { _ in terminal.cursorLine == "grok(sandbox)> ratio 9" }
            terminal.type(Self.ctrlC)
            try await terminal.waitFor("^C")
            try await terminal.waitFor("a fresh prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("ratoi 9:16\n")
            try await terminal.waitFor("--> <stdin>:1:1")
            terminal.type("ratio 4:3\n")
            try await terminal.waitFor("unsupported ratio '4:3'")
            try await terminal.waitFor("the prompt after errors") { _ in terminal.cursorLine == "grok(sandbox)>" }
            try await leave(terminal)
        }
    }

    @Test func exitLeavesWithItsStatus() async throws {
        try await withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("exit 3\n")
            #expect(try await terminal.exit() == 3)
        }
    }

    /// README: `quit` leaves with the session's status, the first failure's: a check error
    /// counts like a failed task, and a later failure does not replace it.
    @Test(arguments: [("quit", Int32(2)), ("exit", Int32(2))])
    func quitAfterACheckErrorLeavesWithTwo(word: String, status: Int32) async throws {
        try await withREPL { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("ratio 4:3\n")
            try await terminal.waitFor("unsupported ratio '4:3'")
            terminal.type("echo still here\n")
            try await terminal.waitFor("still here\n")
            terminal.type("\(word)\n")
            #expect(try await terminal.exit() == status)
        }
    }

    @Test func quitAfterAFailedTaskLeavesWithFive() async throws {
        try await withREPL(["--sandbox", "--sandbox-task-time", "200ms"]) { terminal, process in
            defer { process.remove() }
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("set poll-interval 100ms\nprompt \"a cat [fail]\"\nimage https://example.com/cat.png\nsubmit\n")
            try await terminal.waitFor("submitted")
            terminal.type("wait\n")
            try await terminal.waitFor("TRADEMARK")
            terminal.type("ratio 4:3\n")
            try await terminal.waitFor("unsupported ratio '4:3'")
            terminal.type("quit\n")
            #expect(try await terminal.exit() == 5)
        }
    }

    @Test func rcFileRunsFirstAndItsErrorsNameItButDoNotStopTheREPL() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        try Data("let greeting = hello-from-rc\n".utf8).write(to: URL(fileURLWithPath: process.rcPath))
        try await withREPL(process: process) { terminal, _ in
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("echo $greeting\n")
            try await terminal.waitFor("\nhello-from-rc")
            try await leave(terminal)
        }
        try await withREPL(["--sandbox", "--no-rc"], process: process) { terminal, _ in
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("echo $greeting\n")
            try await terminal.waitFor("undefined")
            try await leave(terminal)
        }
        try Data("ratio 9:16\nratoi 1:1\n".utf8).write(to: URL(fileURLWithPath: process.rcPath))
        try await withREPL(process: process) { terminal, _ in
            try await terminal.waitFor("--> \(process.rcPath):2:1")
            try await terminal.waitFor("grok(sandbox)>")
            try await leave(terminal)
        }
    }
}
