/// The front end in one call: lex, then parse. What `grok check`, the REPL and
/// the checker start from.
public struct ParsedScript: Sendable, Equatable {
    public var source: SourceFile
    public var script: Script
    /// The lexer's and the parser's diagnostics together, in source order.
    public var diagnostics: [Diagnostic]
    /// True when the text stops in the middle of something that more lines
    /// would finish: an open `{` block, an open `"""` string, or a trailing
    /// `\`-newline. The REPL then reads on with a `...` prompt instead of
    /// reporting the error.
    public var needsMoreInput: Bool

    public static func parse(_ source: SourceFile) -> ParsedScript {
        let lexed = Lexer.tokenize(source)
        let parsed = Parser.parse(lexed.tokens, source: source)
        let diagnostics = (lexed.diagnostics + parsed.diagnostics).sortedByPosition()
        let unfinished = diagnostics.contains { Self.unfinishedIDs.contains($0.id) }
        return ParsedScript(
            source: source,
            script: parsed.script,
            diagnostics: diagnostics,
            needsMoreInput: unfinished || lexed.endsWithContinuation
        )
    }

    private static let unfinishedIDs: Set<String> = [
        ParserError.unclosedBlock(openedOnLine: 0).wording.id,
        LexerError.unterminatedMultilineString.wording.id,
    ]
}
