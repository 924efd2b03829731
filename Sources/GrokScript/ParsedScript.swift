/// The front end in one call: lex, then parse. What `grok check`, the REPL and
/// the checker start from.
public struct ParsedScript: Sendable, Equatable {
    public var source: SourceFile
    public var script: Script
    /// The lexer's and the parser's diagnostics together, in source order.
    public var diagnostics: [Diagnostic]

    public static func parse(_ source: SourceFile) -> ParsedScript {
        let lexed = Lexer.tokenize(source)
        let parsed = Parser.parse(lexed.tokens, source: source)
        let diagnostics = (lexed.diagnostics + parsed.diagnostics).sortedByPosition()
        return ParsedScript(source: source, script: parsed.script, diagnostics: diagnostics)
    }
}
