import Testing
@testable import GrokSyntax

/// Every lexer diagnostic: its id, the range it points at, and that lexing
/// goes on sensibly after it.
@Suite struct LexerErrorTests {
    @Test func unterminatedDoubleQuotedStringStopsAtTheLineEnd() {
        let text = "echo \"abc\necho ok"
        let lexed = TestSupport.lex(text)
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.unterminated-string"])
        #expect(TestSupport.covered(lexed.diagnostics, in: text) == ["\"abc"])
        #expect(TestSupport.summary(lexed.tokens) == ["echo", "~abc", "⏎", "echo", "ok", "EOF"])
    }

    @Test func unterminatedStringAtCRLFExcludesTheCR() {
        let text = "echo 'abc\r\nok"
        let lexed = TestSupport.lex(text)
        #expect(TestSupport.covered(lexed.diagnostics, in: text) == ["'abc"])
        #expect(lexed.diagnostics.first?.notes == [.hint("close it with ' on the same line")])
        #expect(TestSupport.summary(lexed.tokens) == ["echo", "~abc", "⏎", "ok", "EOF"])
    }

    @Test func unterminatedStringAtEndOfFile() {
        let lexed = TestSupport.lex("echo \"abc")
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.unterminated-string"])
        #expect(lexed.diagnostics.first?.range == TestSupport.range(5, 9))
    }

    @Test func invalidEscapeKeepsTheCharacter() {
        let text = #"echo "a\qb" ok"#
        let lexed = TestSupport.lex(text)
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.invalid-escape"])
        #expect(TestSupport.covered(lexed.diagnostics, in: text) == [#"\q"#])
        #expect(lexed.diagnostics.first?.message == #"invalid escape '\q' in string"#)
        #expect(TestSupport.summary(lexed.tokens) == ["echo", "~aqb", "ok", "EOF"])
    }

    @Test(arguments: [#""\u{}""#, #""\u{110000}""#, #""\u{D800}""#, #""\u{123456789}""#, #""\u41""#, #""\u{41""#])
    func invalidUnicodeEscapes(text: String) {
        let lexed = TestSupport.lex(text)
        #expect(lexed.diagnostics.map(\.id).first == "lex.invalid-unicode-escape")
        #expect(lexed.diagnostics.first?.range.start == 1)
    }

    @Test func danglingBackslashAtEndOfFile() {
        let lexed = TestSupport.lex("echo a\\")
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.dangling-backslash"])
        #expect(lexed.diagnostics.first?.range == TestSupport.range(6, 7))
        #expect(TestSupport.summary(lexed.tokens) == ["echo", "a", "EOF"])
    }

    @Test(arguments: ["echo $", "echo $ x", "echo a$/b", "echo \"$\"", "echo $-"])
    func loneDollarIsReportedAndKeptAsText(text: String) {
        let lexed = TestSupport.lex(text)
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.empty-variable"])
        #expect(TestSupport.covered(lexed.diagnostics, in: text) == ["$"])
        #expect(lexed.tokens[1].argument.map { TestSupport.describe($0.parts) }?.contains("$") == true)
    }

    @Test func emptyBracedVariable() {
        let lexed = TestSupport.lex("echo ${}")
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.empty-variable"])
        #expect(TestSupport.covered(lexed.diagnostics, in: "echo ${}") == ["${}"])
    }

    @Test func unclosedBracedVariableStopsAtTheWordEnd() {
        let text = "echo ${name next\necho ok"
        let lexed = TestSupport.lex(text)
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.unclosed-variable"])
        #expect(TestSupport.covered(lexed.diagnostics, in: text) == ["${name"])
        #expect(TestSupport.summary(lexed.tokens) == ["echo", "", "next", "⏎", "echo", "ok", "EOF"])
    }

    @Test func unclosedBracedVariableInsideAString() {
        let lexed = TestSupport.lex(#"echo "${name""#)
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.unclosed-variable"])
    }

    @Test(arguments: ["${a-b}", "${1a}", "${env.}", "${env.1}", "${12345678901}"])
    func invalidBracedNames(word: String) {
        let lexed = TestSupport.lex(word)
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.invalid-variable-name"])
        #expect(lexed.diagnostics.first?.range == TestSupport.range(0, word.utf8.count))
    }

    @Test(arguments: ["$env", "$env.", "$env.1", "${env}", "\"$env\""])
    func envWithoutAName(text: String) {
        #expect(TestSupport.ids(TestSupport.lex(text).diagnostics) == ["lex.env-needs-name"])
    }

    @Test(arguments: ["$0", "${0}", "${00}"])
    func positionalZero(text: String) {
        #expect(TestSupport.ids(TestSupport.lex(text).diagnostics) == ["lex.positional-zero"])
    }

    @Test func unterminatedMultilineStringSwallowsTheRest() {
        let lexed = TestSupport.lex("echo \"\"\"\nabc\necho x")
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.unterminated-multiline-string"])
        #expect(lexed.diagnostics.first?.range == TestSupport.range(5, 8))
        #expect(TestSupport.summary(lexed.tokens) == ["echo", "~", "EOF"])
    }

    @Test func textAfterTheMultilineOpener() {
        let text = "echo \"\"\"abc\nx\n\"\"\" ok"
        let lexed = TestSupport.lex(text)
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.multiline-opener"])
        #expect(TestSupport.covered(lexed.diagnostics, in: text) == ["abc"])
        #expect(TestSupport.summary(lexed.tokens) == ["echo", "~x", "ok", "EOF"])
    }

    @Test func multilineCloserAfterText() {
        let text = "\"\"\"\n  abc\"\"\" ok"
        let lexed = TestSupport.lex(text)
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.multiline-closer"])
        #expect(TestSupport.covered(lexed.diagnostics, in: text) == ["\"\"\""])
        #expect(TestSupport.summary(lexed.tokens) == ["~  abc", "ok", "EOF"])
    }

    @Test func multilineLineLessIndentedThanTheCloser() {
        let text = "\"\"\"\n    a\n  b\n\tc\n    \"\"\"\nok"
        let lexed = TestSupport.lex(text)
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.multiline-indentation", "lex.multiline-indentation"])
        #expect(TestSupport.covered(lexed.diagnostics, in: text) == ["  ", "\t"])
        #expect(lexed.diagnostics.first?.label == "expected this line to start with 4 spaces")
        // Recovery: the line's own indentation is dropped and lexing goes on.
        #expect(TestSupport.summary(lexed.tokens) == ["~a\nb\nc", "⏎", "ok", "EOF"])
    }

    @Test func unindentedLineGetsOneCaretAtItsStart() {
        let text = "\"\"\"\n  a\nb\n  \"\"\""
        let lexed = TestSupport.lex(text)
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.multiline-indentation"])
        #expect(lexed.diagnostics.first?.range == TestSupport.range(8, 8))
        #expect(lexed.tokens.first?.argument?.literalValue == "a\nb")
    }

    @Test func invalidUTF8IsReportedWithItsPosition() {
        let bytes: [UInt8] = Array("echo a".utf8) + [0xFF] + Array("b\nok".utf8)
        let lexed = Lexer.tokenize(SourceFile(name: "t.grok", bytes: bytes))
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.invalid-utf8"])
        #expect(lexed.diagnostics.first?.range == TestSupport.range(6, 7))
        #expect(lexed.diagnostics.first?.message == "invalid UTF-8 byte 0xFF")
        #expect(TestSupport.summary(lexed.tokens) == ["echo", "a\u{FFFD}b", "⏎", "ok", "EOF"])
    }

    @Test func invalidUTF8IsReportedOncePerLineWithACount() {
        // An overlong encoding, a lone continuation byte and a truncated sequence.
        let bytes: [UInt8] = [0xC0, 0x80, 0x20, 0x80, 0x20, 0xE2, 0x82, 0x0A, 0xED, 0xA0, 0x80]
        let lexed = Lexer.tokenize(SourceFile(name: "t.grok", bytes: bytes))
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.invalid-utf8", "lex.invalid-utf8"])
        #expect(lexed.diagnostics.map(\.range.start) == [0, 8])
        #expect(lexed.diagnostics.first?.notes.last == .note("4 more invalid bytes on this line"))
        #expect(lexed.diagnostics.last?.notes.last == .note("2 more invalid bytes on this line"))
    }

    @Test func validMultibyteTextIsNotReported() {
        #expect(TestSupport.lex("prompt 猫が 🎬 été").diagnostics.isEmpty)
    }

    @Test func nulBytesAreReportedAndLexingGoesOn() {
        let bytes: [UInt8] = Array("echo a".utf8) + [0, 0] + Array("b\necho c".utf8)
        let lexed = Lexer.tokenize(SourceFile(name: "t.grok", bytes: bytes))
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.nul-byte"])
        #expect(lexed.diagnostics.first?.range == TestSupport.range(6, 7))
        #expect(lexed.diagnostics.first?.notes.last == .note("1 more NUL byte on this line"))
        #expect(TestSupport.summary(lexed.tokens) == ["echo", "a\0\0b", "⏎", "echo", "c", "EOF"])
    }

    @Test func diagnosticsComeOutInSourceOrder() {
        let bytes: [UInt8] = Array("echo \"a $ b".utf8) + [0x0A, 0xFF]
        let lexed = Lexer.tokenize(SourceFile(name: "t.grok", bytes: bytes))
        #expect(TestSupport.ids(lexed.diagnostics) == ["lex.unterminated-string", "lex.empty-variable", "lex.invalid-utf8"])
    }

    @Test func everyErrorInAFileIsReported() {
        let text = """
        echo "open
        echo ${x
        echo "\\q"
        echo $
        """
        #expect(TestSupport.ids(TestSupport.lex(text).diagnostics) == [
            "lex.unterminated-string", "lex.unclosed-variable", "lex.invalid-escape", "lex.empty-variable",
        ])
    }
}
