import Testing
@testable import GrokSyntax

/// SPEC §3.1 rules about words, statements and blocks.
@Suite struct LexerTests {
    @Test func wordsAreSeparatedByBlanks() {
        #expect(TestSupport.summary("prompt  a\tcat") == ["prompt", "a", "cat", "EOF"])
    }

    @Test func tokensCarryByteRanges() {
        let tokens = TestSupport.lex("ratio 4:3\n").tokens
        #expect(tokens.map(\.range) == [TestSupport.range(0, 5), TestSupport.range(6, 9), TestSupport.range(9, 10), TestSupport.range(10, 10)])
    }

    @Test func statementsEndAtNewlineOrSemicolon() {
        #expect(TestSupport.summary("a 1; b 2\nc") == ["a", "1", ";", "b", "2", "⏎", "c", "EOF"])
    }

    @Test func semicolonEndsAWordWithoutABlank() {
        #expect(TestSupport.summary("echo a;echo b") == ["echo", "a", ";", "echo", "b", "EOF"])
    }

    @Test func crlfIsOneNewlineToken() {
        let tokens = TestSupport.lex("a\r\nb").tokens
        #expect(TestSupport.summary(tokens) == ["a", "⏎", "b", "EOF"])
        #expect(tokens[1].range == TestSupport.range(1, 3))
    }

    @Test func loneCarriageReturnIsABlank() {
        #expect(TestSupport.summary("a\rb") == ["a", "b", "EOF"])
    }

    @Test func backslashBeforeNewlineContinuesTheStatement() {
        #expect(TestSupport.summary("prompt a \\\n  b\nnext") == ["prompt", "a", "b", "⏎", "next", "EOF"])
        #expect(TestSupport.summary("prompt a\\\r\nb") == ["prompt", "a", "b", "EOF"])
    }

    @Test func hashAtWordStartIsAComment() {
        let tokens = TestSupport.lex("echo a # note\n# whole line\nb").tokens
        #expect(TestSupport.summary(tokens) == ["echo", "a", "⏎", "b", "EOF"])
        #expect(tokens[2].range == TestSupport.range(13, 14))
    }

    @Test func aRunOfStatementEndsIsItsFirstToken() {
        let tokens = TestSupport.lex("a;\n\n ; \r\nb\n\n;c").tokens
        #expect(TestSupport.summary(tokens) == ["a", ";", "b", "⏎", "c", "EOF"])
        #expect(tokens[1].range == TestSupport.range(1, 2))
        #expect(tokens[3].range == TestSupport.range(10, 11))
    }

    @Test func hashInsideAWordIsText() {
        #expect(TestSupport.summary("image https://x/a#b") == ["image", "https://x/a#b", "EOF"])
        #expect(TestSupport.summary("echo \"a\"#b") == ["echo", "~a#b", "EOF"])
    }

    @Test func commentEndingInCRLFLeavesTheNewline() {
        let tokens = TestSupport.lex("a # c\r\nb").tokens
        #expect(TestSupport.summary(tokens) == ["a", "⏎", "b", "EOF"])
        #expect(tokens[1].range == TestSupport.range(5, 7))
    }

    @Test func shebangFirstLineIsAComment() {
        #expect(TestSupport.summary("#!/usr/bin/env grok\necho hi") == ["⏎", "echo", "hi", "EOF"])
    }

    @Test func byteOrderMarkIsSkipped() {
        let tokens = TestSupport.lex("\u{FEFF}echo").tokens
        #expect(TestSupport.summary(tokens) == ["echo", "EOF"])
        #expect(tokens[0].range == TestSupport.range(3, 7))
    }

    @Test func backslashEscapesTheNextCharacterInAWord() {
        #expect(TestSupport.summary(##"echo a\ b c\;d \#e \$x"##) == ["echo", "~a b", "~c;d", "~#e", "~$x", "EOF"])
    }

    @Test func backslashEscapesAWholeMultibyteCharacter() {
        let argument = TestSupport.firstArgument(#"\é"#)
        #expect(argument?.literalValue == "é")
        #expect(argument?.range == TestSupport.range(0, 3))
    }

    @Test func bracesStandingAloneAreBlockDelimiters() {
        let tokens = TestSupport.lex("repeat 2 { echo hi }").tokens
        #expect(TestSupport.summary(tokens) == ["repeat", "2", "{", "echo", "hi", "}", "EOF"])
        #expect(tokens[2].range == TestSupport.range(9, 10))
        #expect(tokens[5].range == TestSupport.range(19, 20))
    }

    @Test func bracesInsideWordsOrQuotedAreText() {
        #expect(TestSupport.summary(#"echo {a} {} "{" '}' \{"#) == ["echo", "{a}", "{}", "~{", "~}", "~{", "EOF"])
    }

    @Test func braceBeforeSemicolonStillStandsAlone() {
        #expect(TestSupport.summary("{;}") == ["{", ";", "}", "EOF"])
    }

    @Test func emptyInputHasOnlyEndOfFile() {
        let tokens = TestSupport.lex("").tokens
        #expect(tokens == [Token(.endOfFile, range: TestSupport.range(0, 0))])
    }

    @Test func endOfFileSitsAtTheEnd() {
        #expect(TestSupport.lex("echo hi\n").tokens.last?.range == TestSupport.range(8, 8))
    }

    @Test func bareWordsAreBareAndKeywordsNeedBareness() {
        let tokens = TestSupport.lex(#"lines "lines" li\nes"#).tokens
        #expect(tokens[0].argument?.isKeyword("lines") == true)
        #expect(tokens[1].argument?.isKeyword("lines") == false)
        #expect(tokens[2].argument?.isKeyword("lines") == false)
    }
}
