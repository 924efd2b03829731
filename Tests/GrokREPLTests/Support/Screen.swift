/// A small terminal emulator: enough of xterm for what libedit and grok print (text,
/// CR/LF/BS, cursor moves, erase, insert/delete characters, save/restore), so tests can
/// read the screen a user would see rather than the bytes that drew it.
struct Screen {
    let rows: Int
    let columns: Int
    private(set) var cells: [[Character]]
    private var row = 0
    private var column = 0
    private var saved = (0, 0)
    private var pending: [UInt8] = []

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The screen's text, trailing blanks dropped; a wide character's second cell is omitted.
    var text: String {
        cells.map { String($0.filter { $0 != "\u{0}" }).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n").replacingOccurrences(of: "\\n+$", with: "", options: .regularExpression)
    }

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
        case 0x0D: column = 0; return 1
        case 0x0A: lineFeed(); return 1
        case 0x08: column = max(0, column - 1); return 1
        case 0x09: column = min(columns - 1, (column / 8 + 1) * 8); return 1
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
        case UInt8(ascii: "8"): (row, column) = saved; return 2
        case UInt8(ascii: "("), UInt8(ascii: ")"): return bytes.count >= 3 ? 3 : nil
        default: return 2
        }
    }

    private mutating func control(_ body: String, final: Character) {
        guard !body.hasPrefix("?") else { return }
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
            } else {
                clear(row: row, from: column, to: columns)
                for below in (row + 1)..<rows { clear(row: below, from: 0, to: columns) }
            }
        case "K":
            switch first {
            case 1: clear(row: row, from: 0, to: column + 1)
            case 2: clear(row: row, from: 0, to: columns)
            default: clear(row: row, from: column, to: columns)
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
    }

    private mutating func put(_ character: Character, width: Int) {
        if column + width > columns {
            column = 0
            lineFeed()
        }
        cells[row][column] = character
        if width == 2, column + 1 < columns { cells[row][column + 1] = "\u{0}" }
        column = min(columns - 1, column + width)
    }

    private mutating func lineFeed() {
        if row == rows - 1 {
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: columns))
        } else {
            row += 1
        }
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
