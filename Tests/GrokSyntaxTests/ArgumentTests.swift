import Testing
@testable import GrokSyntax

@Suite struct ArgumentTests {
    private let whole = SourceRange(start: 0, end: 10)

    @Test func oneLiteralPartIsTheSameArgumentHoweverBuilt() {
        let text = SourceRange(start: 1, end: 4)
        let fromParts = Argument(parts: [.literal("abc", text)], isBare: false, range: whole)
        let fromText = Argument(text: "abc", textRange: text, isBare: false, range: whole)
        #expect(fromParts == fromText)
        #expect(fromText.parts == [.literal("abc", text)])
        #expect(fromText.literalValue == "abc")
    }

    @Test func literalValueIsNilOnlyWithInterpolation() {
        let a = SourceRange(start: 0, end: 1)
        #expect(Argument(parts: [], isBare: false, range: whole).literalValue == "")
        #expect(Argument(parts: [.literal("a", a), .literal("b", a)], isBare: true, range: whole).literalValue == "ab")
        #expect(Argument(parts: [.variable("x", a)], isBare: true, range: whole).literalValue == nil)
        #expect(Argument(parts: [.literal("a", a), .positional(1, a)], isBare: true, range: whole).literalValue == nil)
    }

    @Test func keywordsMustBeBareText() {
        let a = SourceRange(start: 0, end: 2)
        #expect(Argument(text: "in", textRange: a, isBare: true, range: a).isKeyword("in"))
        #expect(!Argument(text: "in", textRange: a, isBare: false, range: a).isKeyword("in"))
        #expect(!Argument(text: "in", textRange: a, isBare: true, range: a).isKeyword("on"))
    }

    @Test func sourceRangesClampInsteadOfTrapping() {
        let huge = SourceRange(start: Int.max, end: Int.max)
        #expect(huge.start == Int(UInt32.max))
        let negative = SourceRange(start: -5, end: -1)
        #expect(negative.start == 0 && negative.isEmpty)
        #expect(SourceRange(start: 5, end: 2).isEmpty) // an end before the start is empty
        #expect(SourceRange(start: 3, end: 5).union(SourceRange(start: 1, end: 4)) == SourceRange(start: 1, end: 5))
    }

    @Test func statementRangeIsItsPayloadsRange() {
        let parsed = TestSupport.parse("let x = 1\nfor a in b { c }\nrepeat 1 { d }\nassert a == b\ne f")
        #expect(parsed.script.statements.map(\.range) == [
            SourceRange(start: 0, end: 9), SourceRange(start: 10, end: 26), SourceRange(start: 27, end: 41),
            SourceRange(start: 42, end: 55), SourceRange(start: 56, end: 59),
        ])
    }
}
