import Testing
@testable import GrokSyntax

/// SPEC §8: hostile input yields diagnostics, never a crash or a hang. These
/// tests assert only results, never timing.
@Suite struct HostileInputTests {
    private func parse(_ bytes: [UInt8]) -> ParsedScript {
        ParsedScript.parse(SourceFile(name: "hostile.grok", bytes: bytes))
    }

    /// Lexes, parses and renders every diagnostic, as `grok check` would.
    private func check(_ bytes: [UInt8]) -> (parsed: ParsedScript, rendered: String) {
        let parsed = parse(bytes)
        return (parsed, DiagnosticRenderer().render(parsed.diagnostics, in: parsed.source))
    }

    @Test func hundredThousandDeepUnclosedNesting() {
        let text = String(repeating: "repeat 1 {\n", count: 100_000)
        let parsed = parse(Array(text.utf8))
        #expect(TestSupport.ids(parsed.diagnostics) == ["parse.nesting-too-deep", "parse.unclosed-block"])
        #expect(parsed.source.location(of: parsed.diagnostics[0].range.start).line == Parser.maximumNesting + 1)
    }

    @Test func hundredThousandDeepBalancedNesting() {
        let text = String(repeating: "repeat 1 {\n", count: 100_000) + String(repeating: "}\n", count: 100_000) + "echo after\n"
        let parsed = parse(Array(text.utf8))
        #expect(TestSupport.ids(parsed.diagnostics) == ["parse.nesting-too-deep"])
        #expect(parsed.script.statements.count == 2)
    }

    @Test func hundredThousandDeepNestingOnOneLine() {
        let text = String(repeating: "repeat 1 { ", count: 100_000) + String(repeating: "} ", count: 100_000)
        #expect(TestSupport.ids(parse(Array(text.utf8)).diagnostics) == ["parse.nesting-too-deep"])
    }

    @Test func deepStrayBlocksAndBrokenHeadersStayBounded() {
        let stray = parse(Array(String(repeating: "{\n", count: 100_000).utf8))
        // One per '{' read up to the cap, then "too deep" and "unclosed" once each.
        #expect(stray.diagnostics.count == Parser.maximumNesting + 3)
        let broken = parse(Array(String(repeating: "for x in {\n", count: 100_000).utf8))
        #expect(broken.diagnostics.last?.id == "parse.unclosed-block")
        #expect(broken.diagnostics.count == Parser.maximumNesting + 3)
    }

    @Test func hundredThousandStrayClosingBraces() {
        let parsed = parse(Array(String(repeating: "}", count: 100_000).utf8))
        // A run of braces with no blank is one word, not braces.
        #expect(parsed.diagnostics.isEmpty)
        let spaced = parse(Array(String(repeating: "} ", count: 100_000).utf8))
        #expect(spaced.diagnostics.count == 1_001)
        #expect(Set(TestSupport.ids(spaced.diagnostics.dropLast())) == ["parse.unmatched-brace"])
        #expect(spaced.diagnostics.last?.id == "parse.too-many-errors")
    }

    @Test func tenMillionNewlinesAreOneToken() {
        let lexed = Lexer.tokenize(SourceFile(name: "t.grok", bytes: Array(repeating: 0x0A, count: 10_000_000)))
        #expect(TestSupport.summary(lexed.tokens) == ["⏎", "EOF"])
    }

    @Test func nulBytesEverywhere() {
        var bytes = Array("echo \"a\0b\" 'c\0' \0 $\0\n".utf8)
        bytes += [0, 0, 0, 0x0A, 0x7B, 0, 0x0A]
        let (parsed, rendered) = check(bytes)
        #expect(TestSupport.ids(parsed.diagnostics).filter { $0 == "lex.nul-byte" }.count == 3) // one per line
        #expect(!rendered.contains("\0"))
        #expect(rendered.contains("\u{2400}"))
    }

    @Test func randomBytesNeverCrash() {
        // A fixed pseudo-random stream, biased towards bytes the lexer cares about.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let interesting: [UInt8] = Array("\"'\\${}#;\n\r\t =!".utf8) + [0, 0x80, 0xC3, 0xE2, 0xF0, 0xFF]
        var bytes: [UInt8] = []
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = UInt8(truncatingIfNeeded: state >> 33)
            bytes.append(value % 3 == 0 ? interesting[Int(value) % interesting.count] : value)
        }
        let (parsed, rendered) = check(bytes)
        #expect(!parsed.diagnostics.isEmpty)
        #expect(!rendered.isEmpty)
        #expect(!rendered.contains("\u{1B}"))
    }

    @Test func invalidUTF8InEveryContext() {
        let bad: [UInt8] = [0xFF]
        let bytes = Array("echo ".utf8) + bad + Array(" \"".utf8) + bad + Array("\" '".utf8) + bad
            + Array("' # ".utf8) + bad + Array("\n\"\"\"\n".utf8) + bad + Array("\n\"\"\"\n${".utf8) + bad + Array("}".utf8)
        let (parsed, rendered) = check(bytes)
        #expect(TestSupport.ids(parsed.diagnostics) == [
            "lex.invalid-utf8", "lex.invalid-utf8", "lex.invalid-variable-name", "parse.command-name", "lex.invalid-utf8",
        ])
        #expect(parsed.diagnostics.first?.notes.last == .note("3 more invalid bytes on this line"))
        #expect(rendered.contains("\u{FFFD}"))
    }

    @Test func tenMegabyteLine() {
        let huge = String(repeating: "x", count: 10_000_000)
        let word = parse(Array("echo \(huge)".utf8))
        #expect(word.diagnostics.isEmpty)
        guard case .command(let command) = word.script.statements.first else {
            Issue.record("expected a command")
            return
        }
        #expect(command.arguments.first?.literalValue?.utf8.count == 10_000_000)
    }

    @Test func tenMegabyteLineWithErrorsRendersClipped() {
        let huge = String(repeating: "y", count: 10_000_000)
        let (parsed, rendered) = check(Array("let 9\(huge) = \"\(huge) ${\(huge)".utf8))
        #expect(TestSupport.ids(parsed.diagnostics) == ["parse.invalid-name", "lex.unterminated-string", "lex.unclosed-variable"])
        #expect(rendered.utf8.count < 4_000)
        #expect(parsed.diagnostics.allSatisfy { $0.message.utf8.count < 200 })
    }

    @Test func tenMegabyteMultilineString() {
        let body = String(repeating: "  abc $x \\n\n", count: 800_000)
        let parsed = parse(Array("echo \"\"\"\n\(body)  \"\"\"".utf8))
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.script.statements.count == 1)
    }

    @Test func twoHundredThousandLines() {
        var text = ""
        for index in 0..<200_000 {
            switch index % 4 {
            case 0: text += "prompt \"a cat, take \(index)\" # comment\n"
            case 1: text += "let name = clip_\(index); ratio 16:9\n"
            case 2: text += "for r in 1:1 9:16 { submit as $name-$r }\n"
            default: text += "download $task to \"out/${name}.mp4\"\n"
            }
        }
        let parsed = parse(Array(text.utf8))
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.script.statements.count == 250_000)
        #expect(parsed.source.lineCount == 200_001)
        #expect(parsed.script.statements.last?.range.start == parsed.source.lineStarts[199_999])
    }

    @Test func twoHundredThousandLinesEachWithAnError() {
        let text = String(repeating: "let x\n", count: 200_000)
        let parsed = parse(Array(text.utf8))
        // Every error up to the limit, then one saying the parser stopped where it did.
        #expect(parsed.diagnostics.count == 1_001)
        #expect(parsed.diagnostics.last?.id == "parse.too-many-errors")
        #expect(parsed.source.location(of: parsed.diagnostics[1_000].range.start).line == 1_001)
    }

    @Test func tenMegabyteLineOfLexerErrorsStopsAtTheLimit() {
        let parsed = parse(Array(String(repeating: "$ ", count: 5_000_000).utf8))
        let lexerIds = TestSupport.ids(parsed.diagnostics).filter { $0.hasPrefix("lex.") }
        #expect(lexerIds.count == 1_001)
        #expect(lexerIds.last == "lex.too-many-errors")
    }

    @Test func manyLinesOfInvalidUTF8StopAtTheLimit() {
        let bytes: [UInt8] = Array(repeating: [0xFF, 0x0A], count: 5_000).flatMap { $0 }
        let parsed = parse(bytes)
        #expect(parsed.diagnostics.filter { $0.id == "lex.invalid-utf8" }.count == 1_000)
        #expect(parsed.diagnostics.contains { $0.id == "lex.too-many-errors" })
    }
}
