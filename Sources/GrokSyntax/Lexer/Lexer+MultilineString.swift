/// `"""` strings, with Swift's rules: the newline after the opener and the one
/// before the closer are dropped, and the closer's indentation is stripped
/// from every line.
extension Lexer {
    // multiline → '"""' BLANK* NEWLINE ( LINE NEWLINE )* BLANK* '"""'
    mutating func lexMultilineString() {
        let open = offset
        offset += 3
        skipOpenerLine()
        let contentStart = offset
        guard let closer = findMultilineCloser(from: contentStart) else {
            report(.unterminatedMultilineString, open..<open + 3)
            offset = bytes.count // the string swallows the rest of the file
            return
        }
        var lineStart = closer
        while lineStart > contentStart, bytes[lineStart - 1] != ASCII.lineFeed {
            lineStart -= 1
        }
        let indentation = bytes[lineStart..<closer]
        if indentation.allSatisfy(Self.isIndentationByte) {
            // Drop the newline before the closer's line, if the string has any content.
            var contentEnd = max(contentStart, lineStart - 1)
            if contentEnd > contentStart, bytes[contentEnd - 1] == ASCII.carriageReturn {
                contentEnd -= 1
            }
            lexMultilineBody(contentStart..<contentEnd, indentation: indentation)
        } else {
            report(.multilineCloserNotAlone, closer..<closer + 3)
            lexMultilineBody(contentStart..<closer, indentation: [])
        }
        offset = closer + 3
    }

    /// Only blanks may follow the opening `"""`; anything else is reported and skipped.
    private mutating func skipOpenerLine() {
        while offset < bytes.count, Self.isIndentationByte(bytes[offset]) {
            offset += 1
        }
        let textStart = offset
        while offset < bytes.count, lineBreakLength(at: offset) == 0 {
            offset += 1
        }
        if offset > textStart {
            report(.textAfterMultilineOpener, textStart..<offset)
        }
        offset += lineBreakLength(at: offset)
    }

    /// The offset of the next unescaped `"""`.
    private func findMultilineCloser(from start: Int) -> Int? {
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == ASCII.backslash {
                index += 2
            } else if isTripleQuote(at: index) {
                return index
            } else {
                index += 1
            }
        }
        return nil
    }

    private mutating func lexMultilineBody(_ content: Range<Int>, indentation: ArraySlice<UInt8>) {
        offset = content.lowerBound
        var atLineStart = true
        while offset < content.upperBound {
            if atLineStart {
                stripIndentation(indentation, before: content.upperBound)
                atLineStart = false
                continue
            }
            let lineBreak = lineBreakLength(at: offset)
            if lineBreak > 0 {
                word.appendText(byte: ASCII.lineFeed, source: offset..<offset + lineBreak) // CRLF becomes LF
                offset += lineBreak
                atLineStart = true
                continue
            }
            atLineStart = lexStringContent(before: content.upperBound, multiline: true)
        }
    }

    /// At the start of a content line: skip the closer's indentation. A line of
    /// only blanks may be shorter; any other line that lacks it is reported.
    private mutating func stripIndentation(_ indentation: ArraySlice<UInt8>, before end: Int) {
        let prefixEnd = offset + indentation.count
        if prefixEnd <= end, bytes[offset..<prefixEnd].elementsEqual(indentation) {
            offset = prefixEnd
            return
        }
        let lineStart = offset
        while offset < end, Self.isIndentationByte(bytes[offset]) {
            offset += 1
        }
        let isBlankLine = offset == end || lineBreakLength(at: offset) > 0
        if !isBlankLine {
            // The range is the line's own indentation: the carets sit under what is too short.
            report(.insufficientIndentation(expected: Self.describe(indentation)), lineStart..<offset)
        }
    }

    private static func isIndentationByte(_ byte: UInt8) -> Bool {
        byte == ASCII.space || byte == ASCII.tab
    }

    /// "4 spaces", "1 tab", or "2 tabs and 3 spaces" for a diagnostic label.
    private static func describe(_ indentation: ArraySlice<UInt8>) -> String {
        let tabs = indentation.count { $0 == ASCII.tab }
        let spaces = indentation.count - tabs
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        switch (tabs, spaces) {
        case (0, _): return counted(spaces, "space")
        case (_, 0): return counted(tabs, "tab")
        default: return "\(counted(tabs, "tab")) and \(counted(spaces, "space"))"
        }
    }
}
