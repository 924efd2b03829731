import Foundation
import Testing

/// `help` on a terminal: wrapped at words to its width, paged through `$PAGER` when longer
/// than the screen (here a `sed` that marks each line, so nothing waits for a key), and a
/// topic that is none fails nothing.
@Suite(.serialized) struct REPLHelpTests {
    static let marker = "sed 's/^/|/'"

    func session(columns: Int = PseudoTerminal.defaultColumns, pager: String = "cat",
                 _ body: (PseudoTerminal) async throws -> Void) async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let terminal = try process.start(["--sandbox"], environment: ["PAGER": pager], columns: columns)
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            try await body(terminal)
        }
    }

    /// Issue 20: at 60 columns the terminal broke lines mid-word (`inte`/`rrupted`).
    @Test func helpWrapsAtWordsToTheWidth() async throws {
        try await session(columns: 60) { terminal in
            terminal.type("help download\n")
            try await terminal.waitFor("related: ")
            try await terminal.waitFor("the prompt after") { _ in terminal.cursorLine == "grok(sandbox)>" }
            let all = terminal.lines.all
            let entered = try #require(all.firstIndex { $0.text == "grok(sandbox)> help download" }, "\(terminal.text)")
            let help = all[(entered + 1)...]
            #expect(help.allSatisfy { !$0.wrapped && $0.width <= 59 }, "\(terminal.text)")
            let words = help.map(\.text).joined(separator: " ").split(separator: " ")
            #expect(words.contains("interrupted"), "\(terminal.text)")
            terminal.type(REPLEndToEndTests.ctrlD)
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
        }
    }

    /// The list of commands, longer than 40 rows, goes through `$PAGER`; one command's
    /// help, shorter, is printed directly. Continued lines start under the summaries. (The
    /// list's last line is looked for: its first ones are off a 40-row screen by now.)
    @Test func longHelpGoesThroughThePager() async throws {
        try await session(columns: 80, pager: Self.marker) { terminal in
            terminal.type("help\n")
            try await terminal.waitFor("the paged list") { screen in screen.contains("|  quit ") }
            try await terminal.waitFor("the prompt after") { _ in terminal.cursorLine == "grok(sandbox)>" }
            let lines = terminal.lines.all.map(\.text)
            let marked = lines.filter { $0.hasPrefix("|") }
            #expect(marked.count > 30 && marked.allSatisfy { $0.count <= 80 }, "\(terminal.text)")
            #expect(marked.contains { $0.hasPrefix("|" + String(repeating: " ", count: 15)) && $0.dropFirst(16).first != " " },
                    "a summary goes on under itself:\n\(terminal.text)")
            terminal.type("help wait\n")
            try await terminal.waitFor("usage: wait")
            #expect(!terminal.text.contains("|usage: wait"))
            terminal.type(REPLEndToEndTests.ctrlD)
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
        }
    }

    /// A pager that cannot be started: the help is printed directly.
    @Test func aMissingPagerPrintsDirectly() async throws {
        try await session(pager: "no-such-pager-grok-test") { terminal in
            terminal.type("help\n")
            try await terminal.waitFor("the list") { screen in screen.split(separator: "\n").contains { $0.hasPrefix("  quit ") } }
            // Ctrl-D typed while the list is still coming may be swallowed: only at the prompt.
            try await terminal.waitFor("the prompt after") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type(REPLEndToEndTests.ctrlD)
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
        }
    }

    /// Issue 20: `help wiat` counted as the session's failure, so `quit` left with 2.
    @Test func aHelpTopicThatIsNoneFailsNothing() async throws {
        try await session { terminal in
            terminal.type("help wiat\n")
            try await terminal.waitFor("no help for 'wiat'")
            try await terminal.waitFor("the prompt after") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("quit\n")
            #expect(try await terminal.exit() == 0, "\(terminal.text)")
        }
    }

    /// `grok help` on a terminal pages the same way; less, unless `LESS` says otherwise, is
    /// told git's `FRX`, so the text stays on the screen after it.
    @Test func grokHelpOnATerminalPages() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let terminal = try process.start(["help"], environment: ["PAGER": "echo less-options-$LESS; " + Self.marker], columns: 70)
        try await terminal.killedIfThrowing {
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
            try await terminal.waitFor("the paged list") { screen in screen.contains("|  quit ") }
            #expect(terminal.output.contains("less-options-FRX\r\n"), "\(terminal.output.prefix(200))")
            #expect(terminal.lines.all.allSatisfy { !$0.wrapped }, "\(terminal.text)")
        }
    }
}
