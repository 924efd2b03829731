/// A small terminal emulator: enough of xterm for what libedit and grok print (text,
/// CR/LF/BS, cursor moves, erase, insert/delete characters, save/restore), so tests can
/// read the screen a user would see rather than the bytes that drew it. Text that reaches
/// the last column wraps as xterm's does (at the next character), and a resize rewraps
/// the lines as most terminals do (VTE, kitty, iTerm2, tmux).
struct Screen {
    let rows: Int
    private(set) var columns: Int
    private(set) var cells: [[Character]]
    /// `wrapped[i]`: row i went on to row i + 1 because the text reached the last column.
    private(set) var wrapped: [Bool]
    private(set) var row = 0
    private var column = 0
    /// The last column was just written: the next character goes to the next row first.
    private var pendingWrap = false
    private var saved = (0, 0)
    private var pending: [UInt8] = []

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        wrapped = Array(repeating: false, count: rows)
    }

    /// A line as written, its soft wraps joined, with its width in columns.
    struct Line {
        let text: String
        let width: Int
        /// The line took more than one row.
        let wrapped: Bool
    }

    /// The lines on the screen, top to bottom, each soft-wrapped run of rows joined into one.
    var lines: [Line] {
        var lines: [Line] = []
        var current: [Character] = []
        var rowsInLine = 0
        for index in 0..<rows {
            current += wrapped[index] ? cells[index] : Self.trimmed(cells[index])
            rowsInLine += 1
            guard !wrapped[index] else { continue }
            lines.append(Line(text: String(current.filter { $0 != "\u{0}" }), width: current.count, wrapped: rowsInLine > 1))
            current = []
            rowsInLine = 0
        }
        return lines
    }

    private static func trimmed(_ cells: [Character]) -> [Character] {
        Array(cells[..<(cells.lastIndex { $0 != " " }.map { $0 + 1 } ?? 0)])
    }

    /// The screen's text, trailing blanks dropped; a wide character's second cell is omitted.
    var text: String {
        cells.map { String($0.filter { $0 != "\u{0}" }).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n").replacingOccurrences(of: "\\n+$", with: "", options: .regularExpression)
    }

    /// The cell the cursor is in, counted from 0 at the left.
    var cursorColumn: Int { column }

    /// The row the cursor is on.
    var cursorLine: String {
        String(cells[row].filter { $0 != "\u{0}" }).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }

    mutating func feed(_ bytes: [UInt8]) {
        pending += bytes
        var index = 0
        while index < pending.count {
            guard let consumed = step(pending[index...]) else { break }
            index += consumed
        }
        pending.removeFirst(index)
    }

    /// Handles one item at the start of `bytes`; returns its length, or nil when incomplete.
    private mutating func step(_ bytes: ArraySlice<UInt8>) -> Int? {
        let first = bytes[bytes.startIndex]
        switch first {
        case 0x1B: return escape(bytes)
        case 0x0D: column = 0; pendingWrap = false; return 1
        case 0x0A: lineFeed(); pendingWrap = false; return 1
        case 0x08: column = max(0, column - 1); pendingWrap = false; return 1
        case 0x09: column = min(columns - 1, (column / 8 + 1) * 8); pendingWrap = false; return 1
        case 0x00..<0x20, 0x7F: return 1
        default:
            let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
            guard bytes.count >= length else { return nil }
            let text = String(decoding: bytes.prefix(length), as: UTF8.self)
            if let scalar = text.unicodeScalars.first { put(Character(scalar), width: Self.width(scalar)) }
            return length
        }
    }

    private mutating func escape(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= 2 else { return nil }
        let second = bytes[bytes.startIndex + 1]
        switch second {
        case UInt8(ascii: "["):
            var index = bytes.startIndex + 2
            while index < bytes.endIndex, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
            guard index < bytes.endIndex else { return nil }
            let body = String(decoding: bytes[(bytes.startIndex + 2)..<index], as: UTF8.self)
            control(body, final: Character(UnicodeScalar(bytes[index])))
            return index - bytes.startIndex + 1
        case UInt8(ascii: "]"):
            guard let end = bytes.firstIndex(of: 0x07) else { return nil }
            return end - bytes.startIndex + 1
        case UInt8(ascii: "7"): saved = (row, column); return 2
        case UInt8(ascii: "8"): (row, column) = saved; pendingWrap = false; return 2
        case UInt8(ascii: "("), UInt8(ascii: ")"): return bytes.count >= 3 ? 3 : nil
        default: return 2
        }
    }

    private mutating func control(_ body: String, final: Character) {
        guard !body.hasPrefix("?") else { return }
        pendingWrap = false
        let numbers = body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let n = max(1, (numbers.first ?? nil) ?? 1)
        let first = (numbers.first ?? nil) ?? 0
        switch final {
        case "A": row = max(0, row - n)
        case "B": row = min(rows - 1, row + n)
        case "C": column = min(columns - 1, column + n)
        case "D": column = max(0, column - n)
        case "G": column = min(columns - 1, n - 1)
        case "H", "f":
            row = min(rows - 1, n - 1)
            column = min(columns - 1, max(1, (numbers.count > 1 ? numbers[1] : nil) ?? 1) - 1)
        case "J":
            if first == 2 {
                cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
                wrapped = Array(repeating: false, count: rows)
            } else {
                clear(row: row, from: column, to: columns)
                for below in (row + 1)..<rows { clear(row: below, from: 0, to: columns) }
            }
        case "K":
            switch first {
            case 1: clear(row: row, from: 0, to: column + 1)
            case 2: clear(row: row, from: 0, to: columns); wrapped[row] = false
            default: clear(row: row, from: column, to: columns); wrapped[row] = false
            }
        case "P":
            for _ in 0..<min(n, columns - column) {
                cells[row].remove(at: column)
                cells[row].append(" ")
            }
        case "@":
            for _ in 0..<min(n, columns - column) {
                cells[row].insert(" ", at: column)
                cells[row].removeLast()
            }
        case "X": clear(row: row, from: column, to: min(columns, column + n))
        default: break
        }
    }

    private mutating func clear(row: Int, from start: Int, to end: Int) {
        guard start < end else { return }
        for index in start..<end { cells[row][index] = " " }
        if start == 0, end == columns { wrapped[row] = false }
    }

    private mutating func put(_ character: Character, width: Int) {
        if pendingWrap || column + width > columns {
            wrapped[row] = true
            column = 0
            lineFeed()
        }
        pendingWrap = false
        cells[row][column] = character
        if width == 2, column + 1 < columns { cells[row][column + 1] = "\u{0}" }
        if column + width >= columns {
            pendingWrap = true
        } else {
            column += width
        }
    }

    private mutating func lineFeed() {
        if row == rows - 1 {
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: columns))
            wrapped.removeFirst()
            wrapped.append(false)
        } else {
            row += 1
        }
    }

    /// The window is now `newColumns` wide: each line (soft wraps joined) is wrapped again
    /// at the new width and the cursor keeps its place in its line; the top scrolls away
    /// when the lines need more rows than there are.
    mutating func resize(columns newColumns: Int) {
        var logical: [[Character]] = []
        var current: [Character] = []
        var cursor = (line: 0, offset: 0)
        for index in 0..<rows {
            if index == row { cursor = (logical.count, current.count + column) }
            current += wrapped[index] ? cells[index] : Self.trimmed(cells[index])
            guard !wrapped[index] else { continue }
            logical.append(current)
            current = []
        }
        if !current.isEmpty { logical.append(current) }
        let lastWritten = logical.lastIndex { !$0.isEmpty } ?? 0
        logical = Array(logical.prefix(max(cursor.line, lastWritten) + 1))

        var newCells: [[Character]] = []
        var newWrapped: [Bool] = []
        var newCursor = (row: 0, column: 0)
        let blank = Array(repeating: Character(" "), count: newColumns)
        for (index, line) in logical.enumerated() {
            var rowCells = blank
            var at = 0
            var position = 0
            var unit = 0
            while unit < line.count {
                let width = unit + 1 < line.count && line[unit + 1] == "\u{0}" ? 2 : 1
                if at + width > newColumns {
                    newCells.append(rowCells)
                    newWrapped.append(true)
                    rowCells = blank
                    at = 0
                }
                if index == cursor.line, position == cursor.offset { newCursor = (newCells.count, at) }
                rowCells[at] = line[unit]
                if width == 2, at + 1 < newColumns { rowCells[at + 1] = "\u{0}" }
                at += width
                position += width
                unit += width
            }
            if index == cursor.line, cursor.offset >= position {
                // The cursor stood past the line's text: as far past it at the new width.
                var offset = at + cursor.offset - position
                while offset >= newColumns {
                    newCells.append(rowCells)
                    newWrapped.append(true)
                    rowCells = blank
                    offset -= newColumns
                }
                newCursor = (newCells.count, offset)
            }
            newCells.append(rowCells)
            newWrapped.append(false)
        }
        let scrolled = max(0, newCells.count - rows)
        newCells.removeFirst(scrolled)
        newWrapped.removeFirst(scrolled)
        while newCells.count < rows {
            newCells.append(blank)
            newWrapped.append(false)
        }
        columns = newColumns
        cells = newCells
        wrapped = newWrapped
        row = max(0, newCursor.row - scrolled)
        column = min(newColumns - 1, newCursor.column)
        pendingWrap = false
    }

    static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
