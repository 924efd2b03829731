import Testing
@testable import GrokSyntax

/// Exact output of the caret renderer (SPEC §3.5).
@Suite struct DiagnosticRendererTests {
    private let renderer = DiagnosticRenderer()

    /// A diagnostic over the first occurrence of `target` in `text`.
    private func render(_ text: String, at target: String, length: Int? = nil, label: String? = "here",
                        notes: [Diagnostic.Note] = [], name: String = "t.grok") -> String {
        let source = SourceFile(name: name, text: text)
        let start = text.utf8.firstRange(of: target.utf8).map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) } ?? 0
        let range = SourceRange(start: start, end: start + (length ?? target.utf8.count))
        let diagnostic = Diagnostic(id: "test", message: "boom", range: range, label: label, notes: notes)
        return renderer.render(diagnostic, in: source)
    }

    @Test func specExample() {
        let source = SourceFile(name: "demo.grok", text: "model grok-1.5\nprompt a cat\nratio 4:3\nsubmit\n")
        let diagnostic = Diagnostic(
            id: "check.ratio", message: "unsupported ratio '4:3'", range: SourceRange(start: 34, end: 37),
            label: "expected one of 16:9, 9:16, 1:1, 3:2, 2:3"
        )
        #expect(renderer.render(diagnostic, in: source) == """
        error: unsupported ratio '4:3'
          --> demo.grok:3:7
           |
         3 | ratio 4:3
           |       ^^^ expected one of 16:9, 9:16, 1:1, 3:2, 2:3

        """)
    }

    @Test func notesAndHintsFollowTheCarets() {
        #expect(render("echo \"x", at: "\"x", notes: [.hint("close it"), .note("strings end at the line end")]) == """
        error: boom
          --> t.grok:1:6
           |
         1 | echo "x
           |      ^^ here
           = hint: close it
           = note: strings end at the line end

        """)
    }

    @Test func noLabelLeavesNoTrailingBlank() {
        #expect(render("echo x", at: "x", label: nil).split(separator: "\n").last == "   |      ^")
    }

    @Test func warningsSayWarning() {
        let source = SourceFile(name: "t.grok", text: "x")
        let diagnostic = Diagnostic(id: "w", severity: .warning, message: "careful", range: SourceRange(start: 0, end: 1))
        #expect(renderer.render(diagnostic, in: source).hasPrefix("warning: careful\n"))
    }

    @Test func gutterWidensWithTheLineNumber() {
        let text = String(repeating: "\n", count: 99) + "ratio 4:3"
        #expect(render(text, at: "4:3") == """
        error: boom
            --> t.grok:100:7
             |
         100 | ratio 4:3
             |       ^^^ here

        """)
        let ten = String(repeating: "\n", count: 9) + "x"
        #expect(render(ten, at: "x").split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(4) == [
            "   --> t.grok:10:1", "    |", " 10 | x", "    | ^ here",
        ])
    }

    @Test func tabsWidenAlikeInLineAndCarets() {
        let lines = render("\techo\t\"x", at: "\"x").split(separator: "\n")
        #expect(lines[3] == " 1 |     echo    \"x")
        #expect(lines[4] == "   |             ^^ here")
    }

    @Test func tabInsideTheRangeWidensTheCarets() {
        #expect(render("a\tb", at: "a\tb").split(separator: "\n")[4] == "   | ^^^^^^ here")
    }

    @Test func wideCharactersCountTwoColumns() {
        let lines = render("prompt 猫が \"x", at: "\"x").split(separator: "\n")
        #expect(lines[1] == "  --> t.grok:1:11")
        #expect(lines[3] == " 1 | prompt 猫が \"x")
        #expect(lines[4] == "   | " + String(repeating: " ", count: 12) + "^^ here") // 7 + 2 + 2 + 1
        #expect(render("prompt 猫が x", at: "猫が").split(separator: "\n")[4] == "   |        ^^^^ here")
    }

    @Test func combiningMarksTakeNoColumn() {
        // "e" + U+0301 shows as one column.
        #expect(render("e\u{301} x", at: "x").split(separator: "\n")[4] == "   |   ^ here")
    }

    @Test func rangeAtTheEndOfALine() {
        let text = "let x =\necho"
        let source = SourceFile(name: "t.grok", text: text)
        let diagnostic = Diagnostic(id: "t", message: "boom", range: SourceRange(start: 7, end: 8), label: "expected a value")
        #expect(renderer.render(diagnostic, in: source) == """
        error: boom
          --> t.grok:1:8
           |
         1 | let x =
           |        ^ expected a value

        """)
    }

    @Test func rangeAtEndOfFileAfterAFinalNewline() {
        let source = SourceFile(name: "t.grok", text: "echo\n")
        let diagnostic = Diagnostic(id: "t", message: "boom", range: SourceRange(start: 5, end: 5))
        #expect(renderer.render(diagnostic, in: source) == """
        error: boom
          --> t.grok:2:1
           |
         2 |
           | ^

        """)
    }

    @Test func rangeAtEndOfFileWithoutAFinalNewline() {
        let source = SourceFile(name: "t.grok", text: "echo")
        let diagnostic = Diagnostic(id: "t", message: "boom", range: SourceRange(start: 4, end: 4))
        #expect(renderer.render(diagnostic, in: source).split(separator: "\n")[3...4] == [" 1 | echo", "   |     ^"])
    }

    @Test func rangeSpanningLinesIsUnderlinedToTheEndOfTheFirst() {
        let lines = render("x = \"\"\"\nabc\n\"\"\"", at: "\"\"\"\nabc\n\"\"\"").split(separator: "\n")
        #expect(lines[3] == " 1 | x = \"\"\"")
        #expect(lines[4] == "   |     ^^^ here")
    }

    @Test func crlfLineEndsAreNotShown() {
        #expect(render("echo \"x\r\nnext", at: "\"x").split(separator: "\n")[3] == " 1 | echo \"x")
    }

    @Test func controlCharactersAndInvalidBytesAreShownSafely() {
        let bytes: [UInt8] = [0x61, 0x00, 0x1B, 0xFF, 0x62]
        let source = SourceFile(name: "t.grok", bytes: bytes)
        let diagnostic = Diagnostic(id: "t", message: "boom", range: SourceRange(start: 4, end: 5))
        let lines = renderer.render(diagnostic, in: source).split(separator: "\n")
        #expect(lines[3] == " 1 | a\u{2400}\u{241B}\u{FFFD}b")
        #expect(lines[4] == "   |     ^")
    }

    @Test func longLinesAreClippedAroundTheRange() {
        let text = "echo " + String(repeating: "a", count: 5_000) + " BAD " + String(repeating: "b", count: 5_000)
        let lines = render(text, at: "BAD").split(separator: "\n")
        let clipped = " 1 | …" + String(repeating: "a", count: 59) + " BAD " + String(repeating: "b", count: 136) + "…"
        #expect(lines[1] == "  --> t.grok:1:5007")
        #expect(lines[3] == clipped)
        #expect(lines[4] == "   | " + String(repeating: " ", count: 61) + "^^^ here")
    }

    @Test func clippedRangeStopsAtTheWindow() {
        let text = String(repeating: "z", count: 1_000)
        let lines = render(text, at: "z", length: 1_000).split(separator: "\n")
        #expect(lines[3] == " 1 | " + String(repeating: "z", count: 200) + "…")
        #expect(lines[4] == "   | " + String(repeating: "^", count: 200) + " here")
    }

    @Test func clippingRespectsCharacterBoundaries() {
        let text = String(repeating: "é", count: 300) + "X"
        let lines = render(text, at: "X").split(separator: "\n")
        #expect(lines[3].hasPrefix(" 1 | …é"))
        #expect(!lines[3].contains("\u{FFFD}"))
        #expect(lines[3].hasSuffix("X"))
    }

    @Test func severalDiagnosticsAreSeparatedByABlankLine() {
        let source = SourceFile(name: "t.grok", text: "a\nb")
        let output = renderer.render([
            Diagnostic(id: "1", message: "one", range: SourceRange(start: 0, end: 1)),
            Diagnostic(id: "2", message: "two", range: SourceRange(start: 2, end: 3)),
        ], in: source)
        #expect(output == """
        error: one
          --> t.grok:1:1
           |
         1 | a
           | ^

        error: two
          --> t.grok:2:1
           |
         2 | b
           | ^

        """)
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!render("x", at: "x").contains("\u{1B}["))
        var coloured = DiagnosticRenderer(colorize: true)
        coloured.tabWidth = 4
        let source = SourceFile(name: "t.grok", text: "x")
        let output = coloured.render(Diagnostic(id: "t", message: "boom", range: SourceRange(start: 0, end: 1)), in: source)
        #expect(output.hasPrefix("\u{1B}[1;31merror\u{1B}[0m\u{1B}[1m: boom\u{1B}[0m\n"))
        #expect(output.contains("\u{1B}[1;31m^\u{1B}[0m"))
    }

    @Test func realLexerDiagnosticRendersEndToEnd() {
        let parsed = TestSupport.parse("echo ok\nprompt \"a cat\n")
        #expect(DiagnosticRenderer().render(parsed.diagnostics, in: parsed.source) == """
        error: unterminated string
          --> t.grok:2:8
           |
         2 | prompt "a cat
           |        ^^^^^^ this string is never closed
           = hint: close it with " on the same line, or use \"\"\" for text over several lines

        """)
    }
}
