import GrokSyntax

/// Where the cursor of the line being edited stands once the window changed width, on a
/// terminal that flows its lines again at the new width (VTE, kitty, iTerm2, tmux, Windows
/// Terminal). libedit laid the prompt and the text out at the old width, filling with
/// blanks the end of a row a wide character did not fit on; the terminal keeps those
/// blanks and wraps all the cells again at the new width. Rows that ended in a newline of
/// the text stay apart.
enum WrappedCursor {
    /// Rows from the row the prompt starts on down to the cursor's, at `newColumns`.
    /// - Parameter cursor: the cursor's offset in `text`, in Unicode scalars (as libedit counts).
    static func row(prompt: String, text: String, cursor: Int, oldColumns: Int, newColumns: Int) -> Int {
        let scalars = Array(text.unicodeScalars)
        let before = Array(prompt.unicodeScalars) + scalars.prefix(max(0, min(cursor, scalars.count)))
        // The character under the cursor goes to the next row with it when it does not fit.
        let under = cursor < scalars.count ? scalars[cursor] : " "
        var lines = before.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        let current = lines.removeLast()
        var rows = 0
        for line in lines {
            rows += flow(drawn(line, columns: oldColumns), columns: newColumns).count
        }
        let units = drawn(current + [under == "\n" ? " " : under], columns: oldColumns)
        return rows + flow(units, columns: newColumns).count - 1
    }

    /// The cells libedit wrote for `line` on rows `columns` wide, as the widths of what
    /// the terminal holds: a character's (1 or 2), or 1 for each blank libedit filled in.
    static func drawn(_ line: [Unicode.Scalar], columns: Int) -> [Int] {
        var units: [Int] = []
        var column = 0
        func put(_ width: Int) {
            if column + width > columns {
                units += Array(repeating: 1, count: max(0, columns - column))
                column = 0
            }
            units.append(width)
            column += width
            if column >= columns { column = 0 }
        }
        for scalar in line {
            switch scalar {
            case "\t": for _ in 0..<(8 - column % 8) { put(1) }
            // libedit shows a control character as `^X`.
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: put(1); put(1)
            default:
                let width = DisplayWidth.of(scalar)
                if width > 0 { put(width) }
            }
        }
        return units
    }

    /// The widths of `units` per row, wrapped again at `columns`: a unit that does not fit
    /// on what is left of a row starts the next. Never empty.
    static func flow(_ units: [Int], columns: Int) -> [[Int]] {
        var rows: [[Int]] = [[]]
        var column = 0
        for width in units {
            if column + width > columns, !(rows[rows.count - 1].isEmpty) {
                rows.append([])
                column = 0
            }
            rows[rows.count - 1].append(width)
            column += width
        }
        return rows
    }
}
