import Foundation
import Testing

/// How an entry goes on over several lines on a real pseudo-terminal: a trailing `\`, an
/// open `{` and an open `"""` read on at `...`, as the lexer and parser of a file judge
/// them; the whole entry is one history item and one saved entry.
@Suite(.serialized) struct REPLContinuationTests {
    static let ctrlC = "\u{03}", ctrlD = "\u{04}"

    /// A `--sandbox` session: `body` types, then Ctrl-D leaves and `afterwards` looks at the files.
    func sandboxSession(_ body: (PseudoTerminal) async throws -> Void,
                        afterwards: (REPLProcess) throws -> Void = { _ in }) async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let terminal = try process.start(["--sandbox"])
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            try await body(terminal)
            terminal.type(Self.ctrlD)
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
        }
        try afterwards(process)
    }

    func showsLine(_ line: String, times: Int = 1) -> (String) -> Bool {
        { screen in screen.split(separator: "\n", omittingEmptySubsequences: false).filter { $0 == line }.count == times }
    }

    @Test func aTrailingBackslashContinuesOnTheNextLineAsInAFile() async throws {
        try await sandboxSession { terminal in
            terminal.type("echo a \\\n")
            try await terminal.waitFor("the continuation prompt") { _ in terminal.cursorLine == "..." }
            #expect(!terminal.text.contains("error"))
            terminal.type("b\n")
            try await terminal.waitFor("'a b' echoed", showsLine("a b"))
            try await terminal.waitFor("the prompt again") { _ in terminal.cursorLine == "grok(sandbox)>" }

            terminal.type("save joined.grok\n")
            try await terminal.waitFor("saved 1 entry to joined.grok")
        } afterwards: { process in
            let saved = try String(contentsOf: process.scratch.appendingPathComponent("work/joined.grok"), encoding: .utf8)
            #expect(saved.hasSuffix("\n\necho a \\\nb\n"), "\(saved)")
            let history = try String(contentsOfFile: process.historyPath, encoding: .utf8)
            #expect(history.contains("echo a \\\\\\nb\n"), "the whole entry is one item: \(history)")
        }
    }

    /// `}` in `${name}`, in a string or in a comment closes no block: the entry reads on.
    @Test func bracesInsideWordsStringsAndCommentsCloseNoBlock() async throws {
        try await sandboxSession { terminal in
            terminal.type("let w = x\n")
            terminal.type("repeat 2 { # }\n")
            try await terminal.waitFor("the continuation prompt") { _ in terminal.cursorLine == "..." }
            terminal.type("echo \"}\" ${w}\n")
            try await terminal.waitFor("still reading") { _ in terminal.cursorLine == "..." }
            #expect(!terminal.text.contains("} x"))
            terminal.type("}\n")
            try await terminal.waitFor("two lines", showsLine("} x", times: 2))
            try await terminal.waitFor("the prompt again") { _ in terminal.cursorLine == "grok(sandbox)>" }
        }
    }

    /// Issue 20: the error used to start right after libedit's `^D`, as `... ^Derror:`.
    @Test func ctrlDOnAContinuationLineEndsTheLineBeforeTheError() async throws {
        try await sandboxSession { terminal in
            terminal.type("repeat 2 {\n")
            try await terminal.waitFor("the continuation prompt") { _ in terminal.cursorLine == "..." }
            terminal.type(Self.ctrlD)
            try await terminal.waitFor("the error and a fresh prompt") { screen in
                screen.contains("error:") && terminal.cursorLine == "grok(sandbox)>"
            }
            let lines = terminal.text.split(separator: "\n", omittingEmptySubsequences: false)
            let continuation = try #require(lines.firstIndex { $0.hasPrefix("...") }, "\(terminal.text)")
            #expect(lines[continuation] == "... ^D", "\(terminal.text)")
            #expect(lines[continuation + 1].hasPrefix("error: "), "\(terminal.text)")
        }
    }

    @Test func ctrlCOnAContinuationLineAbandonsTheWholeEntry() async throws {
        try await sandboxSession { terminal in
            terminal.type("echo gone \\\n")
            try await terminal.waitFor("the continuation prompt") { _ in terminal.cursorLine == "..." }
            terminal.type("too")
            terminal.type(Self.ctrlC)
            try await terminal.waitFor("a fresh prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("echo kept\n")
            try await terminal.waitFor("the next entry", showsLine("kept"))
            #expect(!terminal.text.contains("gone too"))
        }
    }
}
