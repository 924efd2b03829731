import Testing
@testable import GrokSyntax

@Suite struct SourceFileTests {
    @Test func lineStartsCountEveryLineFeed() {
        let source = SourceFile(name: "t.grok", text: "ab\ncd\r\n\nef")
        #expect(source.lineStarts == [0, 3, 7, 8])
        #expect(source.lineCount == 4)
    }

    @Test func lineLookupUsesTheLastStartAtOrBeforeTheOffset() {
        let source = SourceFile(name: "t.grok", text: "ab\ncd\n")
        #expect(source.line(containing: 0) == 1)
        #expect(source.line(containing: 2) == 1) // the newline belongs to its line
        #expect(source.line(containing: 3) == 2)
        #expect(source.line(containing: 6) == 3) // end of file after a final newline
        #expect(source.line(containing: 99) == 3)
    }

    @Test func columnsCountUnicodeScalarsFromOne() {
        let source = SourceFile(name: "t.grok", text: "x\nété 字x")
        #expect(source.location(of: 0) == SourceLocation(line: 1, column: 1, offset: 0))
        // "été " is 6 bytes and 4 scalars; "字" is 3 bytes.
        #expect(source.location(of: 2 + 6) == SourceLocation(line: 2, column: 5, offset: 8))
        #expect(source.location(of: 2 + 9) == SourceLocation(line: 2, column: 6, offset: 11))
    }

    @Test func contentRangeExcludesTheLineBreak() {
        let source = SourceFile(name: "t.grok", text: "ab\r\ncd\nef")
        #expect(source.contentRange(ofLine: 1) == 0..<2)
        #expect(source.contentRange(ofLine: 2) == 4..<6)
        #expect(source.contentRange(ofLine: 3) == 7..<9)
    }

    @Test func textOfARangeRepairsInvalidUTF8() {
        let source = SourceFile(name: "t.grok", bytes: [0x61, 0xFF, 0x62])
        #expect(source.text(of: SourceRange(start: 0, end: 3)) == "a\u{FFFD}b")
        #expect(source.text(of: SourceRange(start: 2, end: 10)) == "b")
    }
}
