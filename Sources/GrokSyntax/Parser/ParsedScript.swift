/// The front end in one call: lex, then parse. What `grok check`, the REPL and
/// the checker start from.
public struct ParsedScript: Sendable, Equatable {
    /// What leaves a text open for more lines to finish.
    public enum Unfinished: Sendable, Equatable {
        /// The last line ends with a `\`-newline continuation.
        case continuation
        /// A `"""` string is still open.
        case multilineString
        /// A `{` block is still open.
        case block
    }

    public var source: SourceFile
    public var script: Script
    /// The lexer's and the parser's diagnostics together, in source order.
    public var diagnostics: [Diagnostic]
    /// Set when the text stops in the middle of something that more lines would
    /// finish; the REPL then reads on with a `...` prompt (`TypedEntry`) instead of
    /// reporting the error.
    public var unfinished: Unfinished?

    public static func parse(_ source: SourceFile) -> ParsedScript {
        let lexed = Lexer.tokenize(source)
        let parsed = Parser.parse(lexed.tokens, source: source)
        let diagnostics = (lexed.diagnostics + parsed.diagnostics).sortedByPosition()
        return ParsedScript(
            source: source,
            script: parsed.script,
            diagnostics: diagnostics,
            unfinished: unfinished(diagnostics, endsWithContinuation: lexed.endsWithContinuation)
        )
    }

    private static func unfinished(_ diagnostics: [Diagnostic], endsWithContinuation: Bool) -> Unfinished? {
        if endsWithContinuation { return .continuation }
        if diagnostics.contains(where: { $0.id == multilineStringID }) { return .multilineString }
        if diagnostics.contains(where: { $0.id == blockID }) { return .block }
        return nil
    }

    private static let multilineStringID = LexerError.unterminatedMultilineString.wording.id
    private static let blockID = ParserError.unclosedBlock(openedOnLine: 0).wording.id
}
