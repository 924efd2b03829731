import Testing
@testable import GrokSyntax

/// `"…"`, `'…'` and `"""…"""` strings, and how adjacent parts join.
@Suite struct LexerStringTests {
    @Test func doubleQuotedStringKeepsBlanksAndSemicolons() {
        let argument = TestSupport.firstArgument(#""a  b; c""#)
        #expect(argument?.literalValue == "a  b; c")
        #expect(argument?.isBare == false)
        #expect(argument?.range == TestSupport.range(0, 9))
    }

    @Test func doubleQuotedEscapes() {
        let argument = TestSupport.firstArgument(#""\\ \" \n \t \r \$ \u{E9}\u{1F3AC}""#)
        #expect(argument?.literalValue == "\\ \" \n \t \r $ é🎬")
    }

    @Test func backslashNewlineInsideAStringJoinsTheLines() {
        #expect(TestSupport.firstArgument("\"ab\\\ncd\"")?.literalValue == "abcd")
    }

    @Test func singleQuotedStringIsLiteral() {
        let argument = TestSupport.firstArgument(#"'a $x \n "b"'"#)
        #expect(argument?.literalValue == #"a $x \n "b""#)
        #expect(argument?.isBare == false)
    }

    @Test func emptyStringsAreEmptyArguments() {
        let tokens = TestSupport.lex(#"echo "" ''"#).tokens
        #expect(tokens[1].argument == Argument(parts: [], isBare: false, range: TestSupport.range(5, 7)))
        #expect(tokens[2].argument?.literalValue == "")
    }

    @Test func adjacentPartsFormOneArgument() {
        let tokens = TestSupport.lex(#"echo "a"'b'c d"#).tokens
        #expect(TestSupport.summary(tokens) == ["echo", "~abc", "d", "EOF"])
        // Literal text from all three parts merges into one part covering them.
        #expect(tokens[1].argument?.parts == [.literal("abc", TestSupport.range(6, 12))])
        #expect(tokens[1].range == TestSupport.range(5, 12))
    }

    @Test func interpolationSplitsLiteralParts() {
        let argument = TestSupport.firstArgument(#"out/$name.mp4"#)
        #expect(argument?.parts == [
            .literal("out/", TestSupport.range(0, 4)),
            .variable("name", TestSupport.range(4, 9)),
            .literal(".mp4", TestSupport.range(9, 13)),
        ])
        #expect(argument?.literalValue == nil)
        #expect(argument?.isBare == true)
    }

    @Test func multilineStringDropsOuterNewlinesAndStripsIndentation() {
        let text = "prompt \"\"\"\n    a cat\n      on a mat\n    \"\"\"\nnext"
        let tokens = TestSupport.lex(text).tokens
        #expect(TestSupport.summary(tokens) == ["prompt", "~a cat\n  on a mat", "⏎", "next", "EOF"])
        #expect(tokens[1].range == TestSupport.range(7, 43))
    }

    @Test func multilineStringWithoutIndentation() {
        #expect(TestSupport.firstArgument("\"\"\"\nline 1\n\nline 3\n\"\"\"")?.literalValue == "line 1\n\nline 3")
    }

    @Test func multilineStringMayBeEmpty() {
        #expect(TestSupport.firstArgument("\"\"\"\n\"\"\"")?.literalValue == "")
        #expect(TestSupport.firstArgument("\"\"\"\n\n  \"\"\"")?.literalValue == "")
    }

    @Test func multilineBlankLinesMayBeShorterThanTheIndentation() {
        let text = "\"\"\"\n    a\n\n  \n    b\n    \"\"\""
        let lexed = TestSupport.lex(text)
        #expect(lexed.diagnostics.isEmpty)
        #expect(lexed.tokens.first?.argument?.literalValue == "a\n\n\nb")
    }

    @Test func multilineStringInterpolatesAndEscapes() {
        let argument = TestSupport.firstArgument("\"\"\"\n  hi $who\\t\\\"\"\"\n  \"\"\"")
        #expect(argument.map { TestSupport.describe($0.parts) } == "hi ${who}\t\"\"\"")
    }

    @Test func multilineBackslashNewlineJoinsAndStillStrips() {
        #expect(TestSupport.firstArgument("\"\"\"\n  a \\\n  b\n  \"\"\"")?.literalValue == "a b")
    }

    @Test func multilineStringNormalisesCRLF() {
        #expect(TestSupport.firstArgument("\"\"\"\r\n  a\r\n  b\r\n  \"\"\"")?.literalValue == "a\nb")
    }

    @Test func multilineStringCanBeFollowedByAdjacentText() {
        #expect(TestSupport.summary("\"\"\"\nx\n\"\"\"y z") == ["~xy", "z", "EOF"])
    }

    @Test func multilineOpenerMayBeFollowedByBlanks() {
        let lexed = TestSupport.lex("\"\"\"  \t\nx\n\"\"\"")
        #expect(lexed.diagnostics.isEmpty)
        #expect(lexed.tokens.first?.argument?.literalValue == "x")
    }
}
