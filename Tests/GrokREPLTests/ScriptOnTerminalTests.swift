import Foundation
import TestSupport
import Testing

/// A script file run by the built `grok` with a terminal for its standard streams: what only
/// a terminal shows (the download bar) and what only a terminal sends (Ctrl-C).
@Suite(.serialized) struct ScriptOnTerminalTests {
    /// Runs `script` as `flow.grok` in the work directory, with the built-in sandbox.
    func withScript(_ script: String, taskTime: String = "0", columns: Int = PseudoTerminal.defaultColumns,
                    _ body: (PseudoTerminal, REPLProcess) async throws -> Void) async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        try Data(script.utf8).write(to: process.scratch.appendingPathComponent("work/flow.grok"))
        let terminal = try process.start(["--sandbox", "--sandbox-task-time", taskTime, "flow.grok"], columns: columns)
        try await terminal.killedIfThrowing { try await body(terminal, process) }
    }

    /// The bar is drawn in place (`\r`, clear to the end) with the bytes received and the
    /// total, then replaced by the `downloaded` line.
    @Test func downloadShowsAProgressBarOnATerminal() async throws {
        try await withScript(SampleScripts.catToFile + "\necho done\n") { terminal, _ in
            try await terminal.waitFor("done")
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
            let raw = terminal.output
            // The last drawing, at the end of the download: a full bar, all bytes of all.
            let bar = try #require(raw.range(of: "cat.mp4  [", options: .backwards),
                                   "no bar drawn; raw output:\n\(raw.debugDescription)")
            let drawn = String(raw[bar.upperBound...].prefix { $0 != "\r" && $0 != "\n" })
            let cells = drawn.prefix { $0 != "]" }
            #expect(!cells.isEmpty && cells.allSatisfy { $0 == "#" }, "the bar: \(drawn)")
            let bytes = drawn.split(separator: "]").last.map { $0.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) } }
            #expect(bytes?.count == 2 && bytes?.first == bytes?.last, "received / total: \(drawn)")
            #expect(terminal.text.contains("downloaded cat.mp4"))
        }
    }

    /// Three tasks that never finish (a 1 h task time), one with a long name and one with a
    /// wide one, waited on.
    static let waitForThree = """
        set poll-interval 100ms
        prompt "a cat"
        image https://example.com/cat.png
        submit as cat
        submit as a-cat-surfing-at-dawn-in-the-rain
        submit as 一只猫在冲浪
        wait all
        """
    /// Whether `line` is the `submitted` line of the script's task number `number` (1, 2, 3);
    /// the in-process sandbox's ids start with a prefix of the run's own (`sbx-k3f9q2-`).
    static func isSubmittedLine(_ line: String, number: Int) -> Bool {
        let names = ["cat", "a-cat-surfing-at-dawn-in-the-rain", "一只猫在冲浪"]
        return line.hasPrefix("submitted \(names[number - 1]) (sbx-") && line.hasSuffix("-00000\(number))")
    }

    /// Whether the screen shows the wait's board whole and alone: one line per task (those
    /// with a `%`), each starting with `labels` in order, right above the cursor, none wider
    /// than `columns - 1` or wrapped, and the `submitted` lines above it intact. False while
    /// a frame is half drawn, and for good when stale bar lines are left on the screen.
    static func boardIsClean(_ terminal: PseudoTerminal, columns: Int, labels: [String]) -> Bool {
        let (lines, cursor) = terminal.lines
        let board = lines.filter { $0.text.contains("%") }
        guard board.count == labels.count, cursor >= board.count,
              Array(lines[(cursor - board.count)..<cursor]).map(\.text) == board.map(\.text),
              zip(board, labels).allSatisfy({ $0.text.hasPrefix($1) }),
              board.allSatisfy({ !$0.wrapped && $0.width <= columns - 1 }),
              (1...3).allSatisfy({ number in lines.contains { isSubmittedLine($0.text, number: number) } }) else { return false }
        return true
    }

    /// How many times the board has been erased so far (each redraw erases it first).
    static func redraws(_ output: String) -> Int {
        output.components(separatedBy: "\u{1B}[J").count - 1
    }

    /// On a terminal 50 columns wide the board fits: names are cut, nothing wraps, and
    /// redrawing it again and again leaves one line per task, not a stack of them.
    @Test func theWaitBoardFitsANarrowTerminalAndRedrawsInPlace() async throws {
        try await withScript(Self.waitForThree, taskTime: "1h", columns: 50) { terminal, _ in
            try await terminal.waitFor("five redraws of the board") { _ in Self.redraws(terminal.output) >= 5 }
            let labels = ["cat  ", "a-cat-surfing-at-dawn-i…  ", "一只猫在冲浪  "]
            try await terminal.waitFor("a whole board") { _ in Self.boardIsClean(terminal, columns: 50, labels: labels) }
            terminal.type(REPLEndToEndTests.ctrlC)
            #expect(try await terminal.exit() == 130, "the screen:\n\(terminal.text)")
        }
    }

    /// The window narrows from 70 to 30 columns during the wait: the board drawn at 70,
    /// rewrapped by the terminal, is erased whole, and the next ones fit 30 columns.
    @Test func theWaitBoardFollowsAResizedWindow() async throws {
        try await withScript(Self.waitForThree, taskTime: "1h", columns: 70) { terminal, _ in
            let wide = ["cat  ", "a-cat-surfing-at-dawn-i…  ", "一只猫在冲浪  "]
            try await terminal.waitFor("a whole board at 70 columns") { _ in Self.boardIsClean(terminal, columns: 70, labels: wide) }
            let before = Self.redraws(terminal.output)
            terminal.resize(columns: 30)
            try await terminal.waitFor("two redraws after the resize") { _ in Self.redraws(terminal.output) >= before + 2 }
            let narrow = ["cat  ", "a-cat-surfing-…  ", "一只猫在冲浪  "]
            try await terminal.waitFor("a whole board at 30 columns") { _ in Self.boardIsClean(terminal, columns: 30, labels: narrow) }
            terminal.type(REPLEndToEndTests.ctrlC)
            #expect(try await terminal.exit() == 130, "the screen:\n\(terminal.text)")
        }
    }

    /// Ctrl-C during a `sleep` in a script: the script stops there and grok exits 130.
    @Test func ctrlCInAScriptExits130() async throws {
        try await withScript("""
            echo started
            sleep 1h
            echo never
            """) { terminal, _ in
            try await terminal.waitFor("started")
            terminal.type(REPLEndToEndTests.ctrlC)
            let status = try await terminal.exit()
            #expect(status == 130, "exit status \(status); the screen:\n\(terminal.text)")
            #expect(!terminal.text.contains("never"))
        }
    }
}
