/// A script's text as UTF-8 bytes, with the table that turns byte offsets into
/// lines and columns.
///
/// The bytes are kept exactly as read: invalid UTF-8 and NUL bytes are the
/// lexer's to report, never repaired here.
public struct SourceFile: Sendable, Equatable {
    /// The name shown in diagnostics (`demo.grok`, `<stdin>`, `-e #1`).
    public let name: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`. A file
    /// ending in a newline has one more, empty, line at its end.
    public let lineStarts: [Int]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == ASCII.lineFeed {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    /// The 1-based line holding `offset`; offsets past the end fall on the last line.
    public func line(containing offset: Int) -> Int {
        // Binary search for the last line start <= offset.
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset {
                low = middle
            } else {
                high = middle
            }
        }
        return low + 1
    }

    /// The bytes of a 1-based line, without its `\n` or `\r\n`.
    public func contentRange(ofLine line: Int) -> Range<Int> {
        let index = min(max(line, 1), lineStarts.count) - 1
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == ASCII.carriageReturn,
           end < bytes.count, bytes[end] == ASCII.lineFeed {
            end -= 1
        }
        return start..<max(start, end)
    }

    /// Line and column of a byte offset. Columns count Unicode scalars from 1;
    /// in invalid UTF-8 every byte that is not a continuation byte starts a column.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        let line = line(containing: clamped)
        var column = 1
        for index in lineStarts[line - 1]..<clamped where !UTF8Decoding.isContinuation(bytes[index]) {
            column += 1
        }
        return SourceLocation(line: line, column: column, offset: clamped)
    }

    /// The whole text, with invalid UTF-8 repaired to U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The text a range covers, with invalid UTF-8 repaired to U+FFFD.
    public func text(of range: SourceRange) -> String {
        let start = min(max(range.start, 0), bytes.count)
        let end = min(max(range.end, start), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A position in a `SourceFile`: 1-based line, 1-based column in Unicode
/// scalars, and the 0-based byte offset it was computed from.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of byte offsets `[start, end)` in one `SourceFile`.
/// An empty range marks a position (the end of the file, for instance).
///
/// Offsets are stored in 32 bits, halving the size of every token and AST
/// node, which is what makes checking large scripts fast; offsets past 4 GiB
/// are clamped, never trapped on.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    private var storedStart: UInt32
    private var storedEnd: UInt32

    public init(start: Int, end: Int) {
        storedStart = UInt32(clamping: start)
        storedEnd = UInt32(clamping: max(start, end))
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = UInt32(clamping: newValue) }
    }

    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(clamping: newValue) }
    }

    public var isEmpty: Bool { start == end }
    public var length: Int { end - start }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public var description: String { "\(start)..<\(end)" }
}
