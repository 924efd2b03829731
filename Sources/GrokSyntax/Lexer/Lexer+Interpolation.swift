/// `$name`, `${name}`, `$env.NAME`, `${env.NAME}`, `$1`…`$9` and `${N}`, in
/// bare words and in double-quoted strings alike.
extension Lexer {
    // interpolation → '$' ( NAME | 'env.' NAME | DIGIT | '{' ( NAME | 'env.' NAME | DIGITS ) '}' )
    mutating func lexInterpolation(inWord: Bool) {
        let start = offset
        let next = start + 1
        guard next < bytes.count else {
            return reportEmptyVariable(at: start, inWord: inWord)
        }
        let byte = bytes[next]
        if byte == ASCII.leftBrace {
            lexBracedInterpolation()
        } else if ASCII.isNameStart(byte) {
            lexNamedInterpolation()
        } else if ASCII.isDigit(byte) {
            offset = next + 1
            if byte == UInt8(ascii: "0") {
                report(.positionalZero, start..<offset)
            } else {
                word.appendInterpolation(.positional(Int(byte - UInt8(ascii: "0")), SourceRange(start: start, end: offset)))
            }
        } else {
            reportEmptyVariable(at: start, inWord: inWord)
        }
    }

    /// A lone `$` is reported and kept as a literal dollar sign.
    private mutating func reportEmptyVariable(at start: Int, inWord: Bool) {
        report(.emptyVariable(inWord: inWord), start..<start + 1)
        word.appendText(byte: ASCII.dollar, source: start..<start + 1)
        offset = start + 1
    }

    /// `$name` or `$env.NAME`.
    private mutating func lexNamedInterpolation() {
        let start = offset
        let nameEnd = endOfName(from: start + 1)
        offset = nameEnd
        guard bytes[start + 1..<nameEnd].elementsEqual("env".utf8) else {
            let name = String(decoding: bytes[start + 1..<nameEnd], as: UTF8.self)
            word.appendInterpolation(.variable(name, SourceRange(start: start, end: nameEnd)))
            return
        }
        guard nameEnd + 1 < bytes.count, bytes[nameEnd] == ASCII.dot, ASCII.isNameStart(bytes[nameEnd + 1]) else {
            report(.environmentNeedsName, start..<nameEnd)
            return
        }
        offset = endOfName(from: nameEnd + 1)
        let name = String(decoding: bytes[nameEnd + 1..<offset], as: UTF8.self)
        word.appendInterpolation(.environment(name, SourceRange(start: start, end: offset)))
    }

    /// `${…}`: the braces hold a name, `env.NAME`, or a positional number.
    private mutating func lexBracedInterpolation() {
        let start = offset
        let contentStart = start + 2
        var cursor = contentStart
        while cursor < bytes.count, !Self.endsBracedName(bytes[cursor]) {
            cursor += 1
        }
        guard cursor < bytes.count, bytes[cursor] == ASCII.rightBrace else {
            report(.unclosedVariable, start..<cursor)
            offset = cursor
            return
        }
        offset = cursor + 1
        let range = SourceRange(start: start, end: offset)
        let content = bytes[contentStart..<cursor]
        if let part = Self.bracedPart(content, range: range) {
            word.appendInterpolation(part)
        } else if content.isEmpty {
            report(.emptyVariable(inWord: false), start..<offset)
        } else if content.elementsEqual("env".utf8) {
            report(.environmentNeedsName, start..<offset)
        } else if content.allSatisfy(ASCII.isDigit), content.allSatisfy({ $0 == UInt8(ascii: "0") }) {
            report(.positionalZero, start..<offset)
        } else {
            report(.invalidVariableName(String(decoding: content, as: UTF8.self)), start..<offset)
        }
    }

    /// The part a valid `${…}` content names, or nil when it names none.
    private static func bracedPart(_ content: ArraySlice<UInt8>, range: SourceRange) -> ArgumentPart? {
        if content.allSatisfy(ASCII.isDigit) {
            // More than 9 digits cannot name an argument; nil keeps Int parsing safe.
            guard (1...9).contains(content.count),
                  let number = Int(String(decoding: content, as: UTF8.self)), number > 0 else { return nil }
            return .positional(number, range)
        }
        if isName(content) {
            return content.elementsEqual("env".utf8) ? nil : .variable(String(decoding: content, as: UTF8.self), range)
        }
        let prefix = "env.".utf8
        if content.starts(with: prefix), isName(content.dropFirst(prefix.count)) {
            return .environment(String(decoding: content.dropFirst(prefix.count), as: UTF8.self), range)
        }
        return nil
    }

    private static func isName(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, ASCII.isNameStart(first) else { return false }
        return bytes.allSatisfy(ASCII.isNameContinuation)
    }

    /// Bytes that cannot be inside `${…}`: its `}`, and whatever ends a word or string.
    private static func endsBracedName(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.rightBrace, ASCII.leftBrace, ASCII.space, ASCII.tab, ASCII.carriageReturn, ASCII.lineFeed,
             ASCII.semicolon, ASCII.doubleQuote, ASCII.singleQuote, ASCII.dollar, ASCII.backslash:
            true
        default:
            false
        }
    }

    private func endOfName(from start: Int) -> Int {
        var end = start
        while end < bytes.count, ASCII.isNameContinuation(bytes[end]) {
            end += 1
        }
        return end
    }
}
