@testable import GrokSyntax

/// Helpers shared by the GrokSyntax tests.
enum TestSupport {
    static func source(_ text: String) -> SourceFile {
        SourceFile(name: "t.grok", text: text)
    }

    static func lex(_ text: String) -> Lexer.Output {
        Lexer.tokenize(source(text))
    }

    static func parse(_ text: String) -> ParsedScript {
        ParsedScript.parse(source(text))
    }

    /// Tokens in a compact form: a word shows its parts (`$name`, `${env.X}`, `$1`
    /// for interpolations), prefixed with `~` when not bare; then `⏎`, `;`, `{`, `}`, `EOF`.
    static func summary(_ tokens: [Token]) -> [String] {
        tokens.map { token in
            switch token.kind {
            case .word(let argument): (argument.isBare ? "" : "~") + describe(argument.parts)
            case .newline: "⏎"
            case .semicolon: ";"
            case .leftBrace: "{"
            case .rightBrace: "}"
            case .endOfFile: "EOF"
            }
        }
    }

    static func summary(_ text: String) -> [String] {
        summary(lex(text).tokens)
    }

    static func describe(_ parts: [ArgumentPart]) -> String {
        parts.map { part in
            switch part {
            case .literal(let text, _): text
            case .variable(let name, _): "${\(name)}"
            case .environment(let name, _): "${env.\(name)}"
            case .positional(let number, _): "$\(number)"
            }
        }.joined()
    }

    static func ids(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map(\.id)
    }

    /// The source text each diagnostic's range covers.
    static func covered(_ diagnostics: [Diagnostic], in text: String) -> [String] {
        let file = source(text)
        return diagnostics.map { file.text(of: $0.range) }
    }

    /// The arguments of the first token that is a word.
    static func firstArgument(_ text: String) -> Argument? {
        lex(text).tokens.lazy.compactMap(\.argument).first
    }

    static func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: start, end: end)
    }
}
