import GrokSyntax
import Testing
@testable import GrokScript

/// `help` on a terminal: wrapped at words, in cells, continued lines under their column.
@Suite struct TextWrapTests {
    func rows(_ text: String, _ width: Int) -> [String] {
        TextWrap.wrap(text, width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func aLineThatFitsIsKept() {
        #expect(rows("usage: wait [REF…|all]\n\nexample:\n  wait cat", 40) == ["usage: wait [REF…|all]", "", "example:", "  wait cat"])
    }

    /// Issue 20: the terminal broke `interrupted` in two.
    @Test func rowsBreakBetweenWords() {
        let text = "Save a finished task's video; resumes an interrupted download."
        let wrapped = rows(text, 30)
        #expect(wrapped == ["Save a finished task's video;", "resumes an interrupted", "download."])
        #expect(wrapped.joined(separator: " ") == text)
    }

    @Test func aSummaryGoesOnUnderItself() {
        let line = "  download     Save a finished task's video; resumes an interrupted download."
        #expect(rows(line, 50) == ["  download     Save a finished task's video;",
                                   "               resumes an interrupted download."])
    }

    /// A last column that starts far across moves below, four cells past the line's indent.
    @Test func aFarColumnMovesBelow() {
        let line = "  max-poll-interval  DURATION  default 15s  longest wait between status queries"
        #expect(rows(line, 50) == ["  max-poll-interval  DURATION  default 15s",
                                   "      longest wait between status queries"])
    }

    @Test func wideCharactersAreMeasuredInCells() {
        let wrapped = rows("一只猫 在冲浪 一只猫 在冲浪", 14)
        #expect(wrapped == ["一只猫 在冲浪", "一只猫 在冲浪"])
        #expect(wrapped.allSatisfy { DisplayWidth.of($0) <= 14 })
    }

    @Test func aWordLongerThanARowIsCut() {
        #expect(rows("see https://example.com/a/very/long/path", 16) == ["see", "https://example.", "com/a/very/long/", "path"])
    }

    @Test func thePagerIsPAGERThroughTheShellElseLess() {
        #expect(Pager(environment: [:]).command == ["less", "-R"])
        #expect(Pager(environment: ["PAGER": "most -s"]).command == ["sh", "-c", "most -s"])
        #expect(Pager(environment: ["PAGER": ""]).command == nil)
        #expect(Pager(environment: ["PAGER": "cat"]).command == nil)
    }
}
