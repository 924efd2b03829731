import GrokSyntax

/// Text such as `help`'s wrapped at words to a terminal's width, measured in cells. A line
/// too long goes on under where its last column starts (a command's summary in `help`'s
/// list); when that column starts more than two thirds across, it moves to the rows below,
/// four cells past the line's indent. A word longer than a whole row is cut.
enum TextWrap {
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrap(line: String($0), width: width) }
            .joined(separator: "\n")
    }

    private static func wrap(line: String, width: Int) -> String {
        guard width > 0, DisplayWidth.of(line) > width else { return line }
        let leading = line.prefix { $0 == " " }.count
        guard let (head, last, column) = lastColumn(line) else { return fill(line, indent: leading, width: width) }
        if column <= width * 2 / 3 { return fill(line, indent: column, width: width) }
        let indent = min(leading + 4, width / 3)
        return fill(head, indent: indent, width: width) + "\n" + fill(String(repeating: " ", count: indent) + last, indent: indent, width: width)
    }

    /// `line` in rows of at most `width` cells, each after the first starting `indent` cells in.
    private static func fill(_ line: String, indent: Int, width: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var rows: [String] = []
        var row = ""
        for (gap, word) in words(line) {
            if row.isEmpty || DisplayWidth.of(row) + DisplayWidth.of(gap) + DisplayWidth.of(word) <= width {
                row += gap + word
                continue
            }
            rows.append(row)
            var rest = word
            // A word longer than the room after the indent goes on over several rows.
            while DisplayWidth.of(rest) > width - indent, width - indent > 0 {
                let piece = prefix(of: rest, width: width - indent)
                rows.append(pad + piece)
                rest = String(rest.dropFirst(piece.count))
            }
            row = pad + rest
        }
        rows.append(row)
        return rows.joined(separator: "\n")
    }

    /// The line before its last column, the last column, and the cell it starts at: the
    /// text after the last run of two or more blanks inside the line; `nil` when none.
    private static func lastColumn(_ line: String) -> (head: String, last: String, column: Int)? {
        let leading = line.prefix { $0 == " " }.count
        let body = line.dropFirst(leading)
        guard let gap = body.ranges(of: "  ").last else { return nil }
        let last = body[gap.upperBound...].drop { $0 == " " }
        let head = line[..<gap.lowerBound]
        return (String(head), String(last), DisplayWidth.of(String(line[..<last.startIndex])))
    }

    /// The words of `line`, each with the blanks before it.
    private static func words(_ line: String) -> [(gap: String, word: String)] {
        var result: [(String, String)] = []
        var gap = "", word = ""
        for character in line {
            if character == " " {
                if !word.isEmpty { result.append((gap, word)); gap = ""; word = "" }
                gap.append(character)
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { result.append((gap, word)) }
        return result
    }

    /// The longest start of `text` at most `width` cells wide, never empty.
    private static func prefix(of text: String, width: Int) -> String {
        var result = "", used = 0
        for character in text {
            let next = DisplayWidth.of(String(character))
            guard used + next <= width || result.isEmpty else { break }
            result.append(character)
            used += next
        }
        return result
    }
}
