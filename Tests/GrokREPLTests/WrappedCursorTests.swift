import Testing
@testable import GrokREPL

/// Where the cursor stands after the window changed width, on a terminal that wraps its
/// lines again: the row the resized REPL goes up from to draw the line afresh.
struct WrappedCursorTests {
    func row(_ text: String, cursor: Int? = nil, prompt: String = "> ", from old: Int, to new: Int) -> Int {
        WrappedCursor.row(prompt: prompt, text: text, cursor: cursor ?? text.unicodeScalars.count, oldColumns: old, newColumns: new)
    }

    @Test func aLineThatFitsStaysOnItsRow() {
        #expect(row("echo hi", from: 60, to: 90) == 0)
        #expect(row("echo hi", from: 90, to: 20) == 0)
    }

    /// The case: two rows at 60 columns, one at 90.
    @Test func aWiderWindowJoinsTheRows() {
        let text = "echo " + String(repeating: "a", count: 66)
        #expect(row(text, prompt: "grok(sandbox)> ", from: 60, to: 90) == 0)
        #expect(row(text, cursor: 0, prompt: "grok(sandbox)> ", from: 60, to: 90) == 0)
    }

    /// 80 cells at 40 columns: two full rows, and the cursor after them starts a third.
    @Test func aNarrowerWindowSplitsTheRow() {
        let text = "echo " + String(repeating: "一只猫在冲浪", count: 5)
        #expect(row(text, prompt: "grok(sandbox)> ", from: 90, to: 40) == 2)
        #expect(row(text, cursor: 5, prompt: "grok(sandbox)> ", from: 90, to: 40) == 0)
        #expect(row(text, cursor: 14, prompt: "grok(sandbox)> ", from: 90, to: 40) == 0)
        #expect(row(text, cursor: 15, prompt: "grok(sandbox)> ", from: 90, to: 40) == 1)
    }

    /// A wide character that did not fit at the end of a row went to the next one after a
    /// blank libedit wrote; the terminal keeps that blank when it wraps again.
    @Test func theBlankBeforeAWideCharacterCounts() {
        #expect(WrappedCursor.drawn(Array("> abcdefg一".unicodeScalars), columns: 10) == Array(repeating: 1, count: 10) + [2])
        #expect(row("abcdefg一", from: 10, to: 20) == 0)
        #expect(row("abcdefg一", from: 10, to: 5) == 2)
        // The cursor on a wide character that does not fit goes to the next row with it.
        #expect(row("abc一", cursor: 3, from: 10, to: 6) == 1)
    }

    @Test func rowsEndedByANewlineStayApart() {
        #expect(row("ab\ncd", from: 80, to: 40) == 1)
        #expect(row("ab\n\ncd", cursor: 3, from: 80, to: 40) == 1)
        #expect(row(String(repeating: "x", count: 30) + "\ncd", from: 80, to: 10) == 4)
    }

    @Test func tabsAndControlCharactersTakeTheCellsLibeditDrawsThemIn() {
        #expect(WrappedCursor.drawn(Array("> a\tb".unicodeScalars), columns: 80).count == 9)
        #expect(WrappedCursor.drawn(Array("\u{7}".unicodeScalars), columns: 80) == [1, 1])
    }
}
