/// Invalid UTF-8 and NUL bytes, found in one pass over the whole file so that
/// comments and strings are covered too. One diagnostic per kind and line keeps
/// a binary file from producing millions of them.
extension Lexer {
    static func encodingDiagnostics(_ bytes: [UInt8]) -> [Diagnostic] {
        var collector = DiagnosticCollector(tooMany: LexerError.tooManyErrors(limit:))
        var invalid = LineTally()
        var nul = LineTally()

        func flushLine() {
            if let first = invalid.first {
                collector.append(.invalidUTF8(byte: bytes[first], moreOnLine: invalid.more), at: SourceRange(start: first, end: first + 1))
            }
            if let first = nul.first {
                collector.append(.nulByte(moreOnLine: nul.more), at: SourceRange(start: first, end: first + 1))
            }
            invalid = LineTally()
            nul = LineTally()
        }

        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == ASCII.lineFeed {
                    flushLine()
                } else if byte == ASCII.nul {
                    nul.record(index)
                }
                index += 1
            } else {
                let (scalar, length) = UTF8Decoding.decode(bytes, at: index)
                if scalar == nil { invalid.record(index) }
                index += length
            }
        }
        flushLine()
        return collector.diagnostics.sortedByPosition()
    }
}

/// The first offset of a problem on the current line and how many more there were.
private struct LineTally {
    var first: Int?
    var more = 0

    mutating func record(_ offset: Int) {
        if first == nil { first = offset } else { more += 1 }
    }
}
