import Testing
@testable import GrokSyntax

/// Ids key golden files and `--json`, so they are pinned here; every kind has
/// a message, a label and a hint.
@Suite struct DiagnosticWordingTests {
    static let lexerErrors: [LexerError] = [
        .invalidUTF8(byte: 0xFF, moreOnLine: 0), .nulByte(moreOnLine: 0), .unterminatedString(quote: "\""),
        .unterminatedMultilineString, .textAfterMultilineOpener, .multilineCloserNotAlone,
        .insufficientIndentation(expected: "2 spaces"), .invalidEscape("q"), .invalidUnicodeEscape,
        .danglingBackslash, .emptyVariable(inWord: true), .unclosedVariable, .invalidVariableName("a-b"),
        .environmentNeedsName, .positionalZero, .tooManyErrors(limit: 1_000),
    ]

    static let parserErrors: [ParserError] = [
        .unmatchedClosingBrace, .unclosedBlock(openedOnLine: 1), .unexpectedBlock(command: nil, suggestion: nil),
        .nestingTooDeep(limit: 200), .commandNameNotPlain(found: "'$x'"), .expectedStatementEnd(found: "'x'"),
        .expectedVariableName(after: "let", found: "end of line"), .invalidVariableName(found: "'9'"),
        .reservedVariableName("env"), .expectedEquals(found: "'x'"), .missingLetValue(name: "x"),
        .extraLetValues(name: "x"), .expectedIn(found: "'x'"), .missingLoopWords(found: "'{'"), .linesWithoutPath,
        .linesWithExtraPaths, .expectedBlock(after: "repeat", found: "end of line", braceOnNextLine: false),
        .missingRepeatCount(found: "'{'"), .extraRepeatCounts, .missingAssertOperator(found: "'b'", sawSingleEquals: false),
        .assertOperandCount(operator: "=="), .tooManyErrors(limit: 1_000),
    ]

    @Test func lexerIds() {
        #expect(Self.lexerErrors.map(\.wording.id) == [
            "lex.invalid-utf8", "lex.nul-byte", "lex.unterminated-string", "lex.unterminated-multiline-string",
            "lex.multiline-opener", "lex.multiline-closer", "lex.multiline-indentation", "lex.invalid-escape",
            "lex.invalid-unicode-escape", "lex.dangling-backslash", "lex.empty-variable", "lex.unclosed-variable",
            "lex.invalid-variable-name", "lex.env-needs-name", "lex.positional-zero", "lex.too-many-errors",
        ])
    }

    @Test func parserIds() {
        #expect(Self.parserErrors.map(\.wording.id) == [
            "parse.unmatched-brace", "parse.unclosed-block", "parse.unexpected-block", "parse.nesting-too-deep",
            "parse.command-name", "parse.expected-end", "parse.expected-name", "parse.invalid-name",
            "parse.reserved-name", "parse.let-expected-equals", "parse.let-missing-value", "parse.let-extra-values",
            "parse.for-expected-in", "parse.for-missing-words", "parse.for-lines-path", "parse.for-lines-path",
            "parse.expected-block", "parse.repeat-missing-count", "parse.repeat-extra-count",
            "parse.assert-operator", "parse.assert-operands", "parse.too-many-errors",
        ])
    }

    @Test func everyKindIsFullyWorded() {
        let wordings = Self.lexerErrors.map(\.wording) + Self.parserErrors.map(\.wording)
        for wording in wordings {
            #expect(!wording.message.isEmpty, "\(wording.id)")
            #expect(wording.label?.isEmpty == false, "\(wording.id)")
            #expect(wording.notes.first?.kind == .hint, "\(wording.id)")
            #expect(wording.severity == .error, "\(wording.id)")
        }
    }

    @Test func diagnosticTakesItsWordingFromTheKind() {
        let range = SourceRange(start: 2, end: 4)
        let diagnostic = Diagnostic(ParserError.unclosedBlock(openedOnLine: 7), at: range)
        #expect(diagnostic == Diagnostic(
            id: "parse.unclosed-block",
            message: "expected '}' to close the block opened on line 7, found end of file",
            range: range,
            label: "this '{' is never closed",
            notes: [.hint("add '}' on a line of its own where the block ends")]
        ))
        #expect([diagnostic].containsErrors)
    }

    @Test func longNamesInMessagesAreClipped() {
        let name = String(repeating: "n", count: 1_000)
        #expect(LexerError.invalidVariableName(name).wording.message.count < 80)
    }
}
