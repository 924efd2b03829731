import GrokSyntax

/// Candidates in columns across the terminal, as shells list them.
enum CandidateColumns {
    static func format(_ items: [String], width: Int) -> String {
        guard !items.isEmpty else { return "" }
        let cell = (items.map(DisplayWidth.of).max() ?? 0) + 2
        let columns = max(1, width / max(cell, 1))
        let rows = (items.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < items.count else { break }
                let item = items[index]
                let isLast = column == columns - 1 || (column + 1) * rows + row >= items.count
                line += isLast ? item : item + String(repeating: " ", count: cell - DisplayWidth.of(item))
            }
            text += line + "\n"
        }
        return text
    }
}
