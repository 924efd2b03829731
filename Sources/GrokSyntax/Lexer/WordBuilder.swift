/// Collects the parts of one argument as the lexer reads it, merging adjacent
/// literal text (from bare words, quotes and escapes) into a single part.
struct WordBuilder {
    private var parts: [ArgumentPart] = []
    private var text: [UInt8] = []
    private var textRange: Range<Int>?
    /// False once a quote or a backslash escape is part of the argument.
    var isBare = true

    mutating func reset() {
        parts = []
        text.removeAll(keepingCapacity: true)
        textRange = nil
        isBare = true
    }

    /// Adds literal text produced by the source bytes in `source`.
    mutating func appendText(_ bytes: ArraySlice<UInt8>, source: Range<Int>) {
        text.append(contentsOf: bytes)
        extendTextRange(source)
    }

    mutating func appendText(byte: UInt8, source: Range<Int>) {
        text.append(byte)
        extendTextRange(source)
    }

    mutating func appendText(scalar: Unicode.Scalar, source: Range<Int>) {
        text.append(contentsOf: String(Character(scalar)).utf8)
        extendTextRange(source)
    }

    mutating func appendInterpolation(_ part: ArgumentPart) {
        // Text, a variable, more text: room for the usual few parts at once, not grown one by one.
        if parts.isEmpty { parts.reserveCapacity(4) }
        flushText()
        parts.append(part)
    }

    /// The finished argument. A word of plain text, the common case, needs no parts array.
    mutating func finish(range: SourceRange) -> Argument {
        if parts.isEmpty, let textRange {
            return Argument(text: String(decoding: text, as: UTF8.self), textRange: SourceRange(textRange), isBare: isBare, range: range)
        }
        flushText()
        return Argument(parts: parts, isBare: isBare, range: range)
    }

    private mutating func extendTextRange(_ source: Range<Int>) {
        if let current = textRange {
            textRange = current.lowerBound..<max(current.upperBound, source.upperBound)
        } else {
            textRange = source
        }
    }

    private mutating func flushText() {
        guard let range = textRange else { return }
        parts.append(.literal(String(decoding: text, as: UTF8.self), SourceRange(range)))
        text.removeAll(keepingCapacity: true)
        textRange = nil
    }
}
