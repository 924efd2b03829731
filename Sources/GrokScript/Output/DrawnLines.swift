/// What a live display (the wait board, the download line) last drew, so that it can be
/// erased at whatever width the terminal has now. Each line was drawn narrower than the
/// terminal was then; if the window has narrowed since, most terminals rewrap it over
/// several rows, so the cursor goes up by rows at the present width, not by lines.
struct DrawnLines {
    /// The display width of each line drawn.
    private var widths: [Int] = []
    /// The lines end with a newline (the board) rather than leaving the cursor at the end
    /// of the last one (the download line).
    private var endsWithNewline = true

    mutating func drew(widths: [Int], endsWithNewline: Bool) {
        self.widths = widths
        self.endsWithNewline = endsWithNewline
    }

    mutating func forget() {
        widths = []
    }

    /// Moves to the first row drawn and clears from there to the end of the screen.
    func erase(columns: Int) -> String {
        guard !widths.isEmpty else { return "" }
        let rows = widths.reduce(0) { $0 + Self.rows(width: $1, columns: columns) }
        let up = endsWithNewline ? rows : rows - 1
        return "\r" + (up > 0 ? "\u{1B}[\(up)A" : "") + "\u{1B}[J"
    }

    /// Rows a line `width` wide takes on a terminal `columns` wide (a full row does not
    /// wrap by itself: the terminal waits for the next character).
    static func rows(width: Int, columns: Int) -> Int {
        guard columns > 0 else { return 1 }
        return max(1, (width + columns - 1) / columns)
    }
}
