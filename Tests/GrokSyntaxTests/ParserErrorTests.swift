import Testing
@testable import GrokSyntax

/// Every parser diagnostic, where it points, and that parsing recovers so
/// later errors are reported too.
@Suite struct ParserErrorTests {
    /// The ids, and the source text under each diagnostic's range.
    private func check(_ text: String) -> (ids: [String], covered: [String], parsed: ParsedScript) {
        let parsed = TestSupport.parse(text)
        return (TestSupport.ids(parsed.diagnostics), TestSupport.covered(parsed.diagnostics, in: text), parsed)
    }

    @Test func strayClosingBrace() {
        let result = check("echo a\n}\necho b")
        #expect(result.ids == ["parse.unmatched-brace"])
        #expect(result.covered == ["}"])
        #expect(result.parsed.script.statements.count == 2)
    }

    @Test func unclosedBlockPointsAtItsOpenerAndNamesTheLine() {
        let result = check("echo a\nrepeat 2 {\n  echo b\n")
        #expect(result.ids == ["parse.unclosed-block"])
        #expect(result.covered == ["{"])
        #expect(result.parsed.diagnostics.first?.message == "expected '}' to close the block opened on line 2, found end of file")
        // The block is kept with what it holds.
        guard case .repeat(let loop) = result.parsed.script.statements.last else {
            Issue.record("expected repeat")
            return
        }
        #expect(loop.body.statements.count == 1)
    }

    @Test func severalUnclosedBlocksReportOnlyTheInnermost() {
        let result = check("repeat 1 {\nrepeat 2 {\nrepeat 3 {\necho")
        #expect(result.ids == ["parse.unclosed-block"])
        #expect(result.parsed.diagnostics.first?.range.start == 31)
    }

    @Test func blockAfterAnOrdinaryCommandSuggestsTheKeyword() {
        let result = check("repaet 3 {\n  echo $x ${\n}\necho ok")
        #expect(result.ids == ["parse.unexpected-block", "lex.unclosed-variable"])
        #expect(result.covered == ["{", "${"])
        #expect(result.parsed.diagnostics.first?.message == "unexpected '{' after command 'repaet'")
        #expect(result.parsed.diagnostics.first?.notes == [.hint("did you mean 'repeat'?")])
        // The block's braces are matched, so nothing after it is misread; the misspelt
        // command itself is dropped, so the checker does not report it a second time.
        #expect(result.parsed.script.statements.count == 1)
    }

    @Test func blockWithNothingBefore() {
        let result = check("{\n  echo a\n}\necho b")
        #expect(result.ids == ["parse.unexpected-block"])
        #expect(result.parsed.diagnostics.first?.notes == [.hint("quote it to pass a literal brace: '{'")])
        #expect(result.parsed.script.statements.count == 1)
    }

    @Test func nonPlainCommandName() {
        let result = check("$cmd arg\necho ok")
        #expect(result.ids == ["parse.command-name"])
        #expect(result.covered == ["$cmd"])
        #expect(result.parsed.diagnostics.first?.message == "expected a command name, found '$cmd'")
        #expect(result.parsed.script.statements.count == 1)
    }

    @Test func textAfterABlock() {
        let result = check("repeat 2 { echo } echo\necho ok")
        #expect(result.ids == ["parse.expected-end"])
        #expect(result.covered == ["echo"])
        #expect(result.parsed.script.statements.count == 2)
    }

    @Test func letErrors() {
        #expect(check("let").ids == ["parse.expected-name"])
        #expect(check("let = 1").ids == ["parse.expected-name"])
        #expect(check("let 9x = 1").covered == ["9x"])
        #expect(check("let \"x\" = 1").ids == ["parse.invalid-name"])
        #expect(check("let env = 1").ids == ["parse.reserved-name"])
        #expect(check("for in a b { echo }").ids == ["parse.expected-name"])
        #expect(check("repeat 2 echo hi").ids == ["parse.expected-block"])
        #expect(check("repeat 2 3 { echo }").ids == ["parse.repeat-extra-count"])
        #expect(check("let x").ids == ["parse.let-expected-equals"])
        #expect(check("let x == 1").covered == ["=="])
        #expect(check("let x =").ids == ["parse.let-missing-value"])
        let extra = check("let x = a b c")
        #expect(extra.ids == ["parse.let-extra-values"])
        #expect(extra.covered == ["b c"])
    }

    @Test func letNameHints() {
        let joined = check("let x=1").parsed.diagnostics.first
        #expect(joined?.message == "'x=1' is not a valid variable name")
        #expect(joined?.notes == [.hint("put blanks around '=': let NAME = VALUE")])
        let dollar = check("let $x = 1").parsed.diagnostics.first
        #expect(dollar?.notes.first?.message.hasPrefix("name the variable without '$'") == true)
    }

    @Test func forErrors() {
        #expect(check("for { echo }").ids == ["parse.expected-name"])
        #expect(check("for x a b { echo }").ids == ["parse.for-expected-in"])
        #expect(check("for x a b { echo }").covered == ["a"])
        #expect(check("for x in { echo }").ids == ["parse.for-missing-words"])
        #expect(check("for x in lines { echo }").ids == ["parse.for-lines-path"])
        #expect(check("for x in lines a b c { echo }").covered == ["b c"])
        #expect(check("for x in a b").ids == ["parse.expected-block"])
    }

    @Test func repeatErrors() {
        #expect(check("repeat { echo }").ids == ["parse.repeat-missing-count"])
        #expect(check("repeat 1 2 { echo }").ids == ["parse.repeat-extra-count"])
        #expect(check("repeat 1 2 { echo }").covered == ["2"])
        let noBlock = check("repeat 3\necho x")
        #expect(noBlock.ids == ["parse.expected-block"])
        #expect(noBlock.covered == ["\n"])
        #expect(noBlock.parsed.script.statements.count == 1)
    }

    @Test func braceOnTheNextLineIsReportedThenTakenAsMeant() {
        let result = check("repeat 3\n{\n  echo x\n}\necho after")
        #expect(result.ids == ["parse.expected-block"])
        #expect(result.parsed.diagnostics.first?.notes == [.hint("put the '{' at the end of the 'repeat' line, not on the next one")])
        #expect(result.parsed.script.statements.count == 2)
    }

    @Test func assertErrors() {
        let missing = check("assert a b")
        #expect(missing.ids == ["parse.assert-operator"])
        #expect(missing.covered == ["b"])
        let single = check("assert a = b")
        #expect(single.covered == ["="])
        #expect(single.parsed.diagnostics.first?.label == "'=' binds a variable; '==' compares")
        #expect(check("assert").covered == [""])
        let operands = check("assert a b == c")
        #expect(operands.ids == ["parse.assert-operands"])
        #expect(operands.covered == ["a b == c"])
        #expect(check("assert a == b c").ids == ["parse.assert-operands"])
        #expect(check("assert == b").ids == ["parse.assert-operands"])
    }

    @Test func errorsInsideASkippedBlockAreStillReported() {
        // The header is wrong, so the loop is dropped, but its body is still read.
        let result = check("for x in {\n  let = 1\n  assert a\n}\necho ok")
        #expect(result.ids == ["parse.for-missing-words", "parse.expected-name", "parse.assert-operator"])
        #expect(result.parsed.script.statements.count == 1)
    }

    @Test func threeDifferentErrorsGiveThreeDiagnostics() {
        let text = """
        let x
        repeat { echo }
        }
        echo fine
        """
        let result = check(text)
        #expect(result.ids == ["parse.let-expected-equals", "parse.repeat-missing-count", "parse.unmatched-brace"])
        #expect(result.parsed.script.statements.count == 1)
    }

    @Test func errorsInsideBlocksDoNotCloseTheBlock() {
        let text = "repeat 2 {\n  let\n  echo in\n}\necho out"
        let result = check(text)
        #expect(result.ids == ["parse.expected-name"])
        guard case .repeat(let loop) = result.parsed.script.statements.first else {
            Issue.record("expected repeat")
            return
        }
        #expect(loop.body.statements.count == 1)
        #expect(result.parsed.script.statements.count == 2)
    }

    @Test func lexerAndParserDiagnosticsAreMergedInSourceOrder() {
        let result = check("let x\necho \"open\n}")
        #expect(result.ids == ["parse.let-expected-equals", "lex.unterminated-string", "parse.unmatched-brace"])
    }

    @Test func foundTokensAreQuotedAndClipped() {
        let long = String(repeating: "y", count: 100)
        let message = TestSupport.parse("let x \(long)").diagnostics.first?.message
        #expect(message == "expected '=' after the variable name, found '\(String(repeating: "y", count: 32))…'")
        #expect(TestSupport.parse("let x ;").diagnostics.first?.message == "expected '=' after the variable name, found ';'")
        #expect(TestSupport.parse("let x").diagnostics.first?.message == "expected '=' after the variable name, found end of file")
    }

    @Test func parserAcceptsTokensWithoutEndOfFile() {
        let source = TestSupport.source("echo")
        let tokens = Lexer.tokenize(source).tokens.dropLast()
        #expect(Parser.parse(Array(tokens), source: source).script.statements.count == 1)
    }
}
