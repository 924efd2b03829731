/// The lexer's output: arguments already assembled from their parts, and the
/// few structural tokens the parser needs. Comments, blanks and `\`-newline
/// continuations leave no token.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// One argument (a run of adjacent words, strings and interpolations).
        case word(Argument)
        /// `\n` or `\r\n`: ends a statement.
        case newline
        /// `;`: ends a statement.
        case semicolon
        /// `{` standing alone as a bare word.
        case leftBrace
        /// `}` standing alone as a bare word.
        case rightBrace
        /// Always the last token, so errors at the end have a position.
        case endOfFile
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public var argument: Argument? {
        if case .word(let argument) = kind { return argument }
        return nil
    }

    /// True for the tokens that end a statement: newline, `;`, end of file.
    public var isTerminator: Bool {
        switch kind {
        case .newline, .semicolon, .endOfFile: true
        case .word, .leftBrace, .rightBrace: false
        }
    }
}
