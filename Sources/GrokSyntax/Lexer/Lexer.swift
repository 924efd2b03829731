/// Turns a `SourceFile`'s bytes into tokens (SPEC §3.1), working on UTF-8
/// bytes directly so a large script costs no per-character `String` work.
///
/// The lexer never stops at an error: it records a diagnostic, recovers in
/// place and goes on, and always ends the token list with `.endOfFile`.
public struct Lexer {
    public struct Output: Sendable, Equatable {
        public var tokens: [Token]
        /// In source order.
        public var diagnostics: [Diagnostic]
        /// True when the text ends with a `\`-newline continuation, so the
        /// statement goes on in input not yet read (the REPL's `...` prompt).
        public var endsWithContinuation: Bool
    }

    public static func tokenize(_ source: SourceFile) -> Output {
        var lexer = Lexer(bytes: source.bytes)
        // About six tokens a line covers most scripts; reserving up front spares
        // the regrowth copies of a large token array, and capacity never
        // touched costs no memory. A few long lines stay bounded by their size.
        lexer.tokens.reserveCapacity(min(source.lineCount * 6, source.bytes.count / 2) + 16)
        lexer.run()
        let diagnostics = Self.encodingDiagnostics(source.bytes) + lexer.collector.diagnostics
        return Output(
            tokens: lexer.tokens,
            diagnostics: diagnostics.sortedByPosition(),
            endsWithContinuation: lexer.endsWithContinuation
        )
    }

    let bytes: [UInt8]
    var offset = 0
    var tokens: [Token] = []
    private var collector = DiagnosticCollector(tooMany: LexerError.tooManyErrors(limit:))
    /// The argument being assembled; reused so its text buffer keeps its capacity.
    var word = WordBuilder()
    /// Set by a `\`-newline that ends the text, in a word's gap or inside a `"…"` string.
    var endsWithContinuation = false

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func run() {
        skipByteOrderMark()
        while offset < bytes.count {
            switch bytes[offset] {
            case ASCII.space, ASCII.tab, ASCII.verticalTab, ASCII.formFeed:
                offset += 1
            case ASCII.carriageReturn:
                if lineBreakLength(at: offset) == 2 {
                    emitTerminator(.newline, from: offset, length: 2)
                } else {
                    offset += 1 // a lone CR is a blank
                }
            case ASCII.lineFeed:
                emitTerminator(.newline, from: offset, length: 1)
            case ASCII.semicolon:
                emitTerminator(.semicolon, from: offset, length: 1)
            case ASCII.hash:
                skipComment()
            case ASCII.backslash where lineBreakLength(at: offset + 1) > 0:
                offset += 1 + lineBreakLength(at: offset + 1) // continuation: the newline is a blank
                endsWithContinuation = offset == bytes.count
            default:
                lexArgument()
            }
        }
        tokens.append(Token(.endOfFile, range: SourceRange(start: bytes.count, end: bytes.count)))
    }

    /// A run of statement ends (blank lines, comment lines, `;;`) becomes its
    /// first token alone: the parser only needs to know a statement ended, and
    /// a file of 10 million newlines then costs one token, not 10 million.
    private mutating func emitTerminator(_ kind: Token.Kind, from start: Int, length: Int) {
        offset = start + length
        if let last = tokens.last, last.kind == .newline || last.kind == .semicolon { return }
        tokens.append(Token(kind, range: SourceRange(start: start, end: start + length)))
    }

    private mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            offset = 3
        }
    }

    /// `#` at the start of a word runs to the end of the line (the newline stays).
    private mutating func skipComment() {
        while offset < bytes.count, bytes[offset] != ASCII.lineFeed {
            offset += 1
        }
        if offset > 0, offset < bytes.count, bytes[offset - 1] == ASCII.carriageReturn {
            offset -= 1 // leave the CR of a CRLF to the newline token
        }
    }

    // argument → ( plain | '\' CHAR | '"' … '"' | "'" … "'" | '"""' … '"""' | '$' … )+
    private mutating func lexArgument() {
        let start = offset
        word.reset()
        scan: while offset < bytes.count {
            switch bytes[offset] {
            case ASCII.space, ASCII.tab, ASCII.verticalTab, ASCII.formFeed,
                 ASCII.carriageReturn, ASCII.lineFeed, ASCII.semicolon:
                break scan
            case ASCII.doubleQuote:
                word.isBare = false
                if isTripleQuote(at: offset) {
                    lexMultilineString()
                } else {
                    lexDoubleQuotedString()
                }
            case ASCII.singleQuote:
                word.isBare = false
                lexSingleQuotedString()
            case ASCII.backslash:
                if lineBreakLength(at: offset + 1) > 0 { break scan }
                lexWordEscape()
            case ASCII.dollar:
                lexInterpolation(inWord: true)
            default:
                lexPlainText()
            }
        }
        let range = SourceRange(start: start, end: offset)
        tokens.append(Token(brace(in: range) ?? .word(word.finish(range: range)), range: range))
    }

    /// A bare `{` or `}` standing alone is a block delimiter; anything else is a word.
    private func brace(in range: SourceRange) -> Token.Kind? {
        guard range.length == 1 else { return nil }
        switch bytes[range.start] {
        case ASCII.leftBrace: return .leftBrace
        case ASCII.rightBrace: return .rightBrace
        default: return nil
        }
    }

    /// A run of bytes with no special meaning in a word.
    private mutating func lexPlainText() {
        let start = offset
        while offset < bytes.count, Self.isPlainWordByte(bytes[offset]) {
            offset += 1
        }
        word.appendText(bytes[start..<offset], source: start..<offset)
    }

    private static func isPlainWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.space, ASCII.tab, ASCII.verticalTab, ASCII.formFeed, ASCII.carriageReturn,
             ASCII.lineFeed, ASCII.semicolon, ASCII.doubleQuote, ASCII.singleQuote,
             ASCII.backslash, ASCII.dollar:
            false
        default:
            true
        }
    }

    /// `\` in a word takes the next character as is (`\ `, `\;`, `\$`, `\{`).
    private mutating func lexWordEscape() {
        let start = offset
        guard start + 1 < bytes.count else {
            report(.danglingBackslash, start..<start + 1)
            offset = start + 1
            return
        }
        let end = start + 1 + UTF8Decoding.scalarLength(bytes, at: start + 1)
        word.isBare = false
        word.appendText(bytes[start + 1..<end], source: start..<end)
        offset = end
    }

    // MARK: Shared helpers

    mutating func report(_ error: LexerError, _ range: Range<Int>) {
        collector.append(error, at: SourceRange(range))
    }

    /// 1 for `\n`, 2 for `\r\n`, 0 otherwise (including past the end).
    func lineBreakLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        if bytes[index] == ASCII.lineFeed { return 1 }
        if bytes[index] == ASCII.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == ASCII.lineFeed {
            return 2
        }
        return 0
    }

    func isTripleQuote(at index: Int) -> Bool {
        index + 2 < bytes.count
            && bytes[index] == ASCII.doubleQuote
            && bytes[index + 1] == ASCII.doubleQuote
            && bytes[index + 2] == ASCII.doubleQuote
    }
}
