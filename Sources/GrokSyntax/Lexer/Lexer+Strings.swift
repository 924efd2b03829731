/// Quoted strings: `"…"` and `"""…"""` (escapes and interpolation) and `'…'` (literal).
extension Lexer {
    // string → '"' ( CHAR | escape | interpolation )* '"'     (on one line)
    mutating func lexDoubleQuotedString() {
        let open = offset
        offset += 1
        while offset < bytes.count {
            switch bytes[offset] {
            case ASCII.doubleQuote:
                offset += 1
                return
            case ASCII.lineFeed:
                return reportUnterminated(quote: "\"", from: open)
            case ASCII.carriageReturn where lineBreakLength(at: offset) == 2:
                return reportUnterminated(quote: "\"", from: open)
            default:
                // A `\`-newline joins the next line, which the REPL has yet to read.
                if lexStringContent(before: bytes.count, multiline: false) { endsWithContinuation = offset == bytes.count }
            }
        }
        reportUnterminated(quote: "\"", from: open)
    }

    // literal → "'" CHAR* "'"     (on one line, no escapes)
    mutating func lexSingleQuotedString() {
        let open = offset
        offset += 1
        let contentStart = offset
        while offset < bytes.count, bytes[offset] != ASCII.singleQuote, lineBreakLength(at: offset) == 0 {
            offset += 1
        }
        word.appendText(bytes[contentStart..<offset], source: contentStart..<offset)
        if offset < bytes.count, bytes[offset] == ASCII.singleQuote {
            offset += 1
        } else {
            reportUnterminated(quote: "'", from: open)
        }
    }

    /// Records an unterminated string from its opening quote to where the line
    /// ends, and leaves the newline for the statement to end on.
    private mutating func reportUnterminated(quote: Character, from open: Int) {
        report(.unterminatedString(quote: quote), open..<offset)
    }

    /// At `offset`, inside a `"…"` or `"""…"""` string: an escape, an
    /// interpolation, or a run of plain text up to `end`. Returns true when it
    /// was a `\`-newline continuation, so the next line starts afresh.
    mutating func lexStringContent(before end: Int, multiline: Bool) -> Bool {
        switch bytes[offset] {
        case ASCII.backslash:
            return lexStringEscape()
        case ASCII.dollar:
            lexInterpolation(inWord: false)
        default:
            let start = offset
            repeat {
                offset += 1
            } while offset < end && Self.isPlainStringByte(bytes[offset], multiline: multiline)
            word.appendText(bytes[start..<offset], source: start..<offset)
        }
        return false
    }

    /// Bytes copied as they are: all but escapes, interpolations, line breaks
    /// and, in a one-line string, the closing quote.
    private static func isPlainStringByte(_ byte: UInt8, multiline: Bool) -> Bool {
        switch byte {
        case ASCII.backslash, ASCII.dollar, ASCII.lineFeed, ASCII.carriageReturn: false
        case ASCII.doubleQuote: multiline
        default: true
        }
    }

    // escape → '\' ( '\' | '"' | 'n' | 't' | 'r' | '$' | 'u{' HEX+ '}' | NEWLINE )
    /// Reads the escape at `offset`. Returns true when it was a `\`-newline
    /// continuation, which adds nothing and joins the next line.
    private mutating func lexStringEscape() -> Bool {
        let start = offset
        guard start + 1 < bytes.count else {
            offset += 1 // the string reports itself unterminated
            return false
        }
        let escaped: UInt8
        switch bytes[start + 1] {
        case ASCII.backslash: escaped = ASCII.backslash
        case ASCII.doubleQuote: escaped = ASCII.doubleQuote
        case ASCII.dollar: escaped = ASCII.dollar
        case UInt8(ascii: "n"): escaped = ASCII.lineFeed
        case UInt8(ascii: "t"): escaped = ASCII.tab
        case UInt8(ascii: "r"): escaped = ASCII.carriageReturn
        case UInt8(ascii: "u"):
            lexUnicodeEscape()
            return false
        default:
            let lineBreak = lineBreakLength(at: start + 1)
            if lineBreak > 0 {
                offset = start + 1 + lineBreak
                return true
            }
            // Recover by keeping the character without its backslash.
            let end = start + 1 + UTF8Decoding.scalarLength(bytes, at: start + 1)
            report(.invalidEscape(String(decoding: bytes[start + 1..<end], as: UTF8.self)), start..<end)
            word.appendText(bytes[start + 1..<end], source: start..<end)
            offset = end
            return false
        }
        word.appendText(byte: escaped, source: start..<start + 2)
        offset = start + 2
        return false
    }

    /// `\u{1F3AC}`: 1 to 8 hex digits naming a Unicode scalar. A malformed one
    /// adds nothing.
    private mutating func lexUnicodeEscape() {
        let start = offset
        var cursor = start + 2
        guard cursor < bytes.count, bytes[cursor] == ASCII.leftBrace else {
            report(.invalidUnicodeEscape, start..<cursor)
            offset = cursor
            return
        }
        cursor += 1
        var value: UInt32 = 0
        var digits = 0
        while cursor < bytes.count, let digit = ASCII.hexValue(bytes[cursor]) {
            if digits < 8 { value = value << 4 | digit }
            digits += 1
            cursor += 1
        }
        guard cursor < bytes.count, bytes[cursor] == ASCII.rightBrace else {
            report(.invalidUnicodeEscape, start..<cursor)
            offset = cursor
            return
        }
        cursor += 1
        offset = cursor
        guard (1...8).contains(digits), let scalar = Unicode.Scalar(value) else {
            report(.invalidUnicodeEscape, start..<cursor)
            return
        }
        word.appendText(scalar: scalar, source: start..<cursor)
    }
}
