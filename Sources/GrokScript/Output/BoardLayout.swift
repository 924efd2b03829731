import GrokSyntax

/// The lines of a wait's board for a terminal `columns` wide, as `name  [bar] pct  status
/// elapsed`, every line at most `columns - 1` wide so that none wraps (the last column
/// stays free: some terminals wrap on reaching it). When the full line does not fit, in
/// this order: the bar narrows to `minimumBar` cells, the elapsed time goes, then the
/// status, then names are cut with `…`, then the bar goes; at the last, each line is
/// its name cut to the width. Names, bars and percentages stay aligned in columns.
enum BoardLayout {
    struct Row {
        /// Already safe for a terminal (control characters escaped).
        let label: String
        let progress: Double?
        let status: String
    }

    static let widestLabel = 24
    static let widestBar = 20
    static let minimumBar = 5
    /// Below this a name is no longer worth a bar beside it.
    static let minimumLabel = 4
    static let percentWidth = 4

    private enum Tail: CaseIterable {
        case statusAndElapsed, status, none
    }

    /// What a line shows: the name's width, the bar's cells (`nil`: no bar) and the tail.
    private struct Shape {
        let label: Int
        let bar: Int?
        let tail: Tail
    }

    static func lines(_ rows: [Row], elapsed: String, columns: Int) -> [String] {
        let room = max(0, columns - 1)
        let labelWidth = min(widestLabel, rows.map { DisplayWidth.of($0.label) }.max() ?? 0)
        guard let shape = shape(rows, elapsed: elapsed, labelWidth: labelWidth, room: room) else {
            return rows.map { DisplayFit.truncated($0.label, to: room) }
        }
        return rows.map { line($0, shape: shape, elapsed: elapsed) }
    }

    /// The first shape in the order of the type's comment that fits in `room`.
    private static func shape(_ rows: [Row], elapsed: String, labelWidth: Int, room: Int) -> Shape? {
        let statusWidth = rows.map { DisplayWidth.of($0.status) }.max() ?? 0
        // name, two blanks, the bar's brackets, a blank, the percentage
        let fixed = 2 + 2 + 1 + percentWidth
        for tail in Tail.allCases {
            let tailWidth = switch tail {
            case .statusAndElapsed: 2 + statusWidth + 2 + DisplayWidth.of(elapsed)
            case .status: 2 + statusWidth
            case .none: 0
            }
            let bar = min(widestBar, room - labelWidth - fixed - tailWidth)
            if bar >= minimumBar { return Shape(label: labelWidth, bar: bar, tail: tail) }
        }
        let labelBesideBar = room - fixed - minimumBar
        if labelBesideBar >= minimumLabel { return Shape(label: min(labelWidth, labelBesideBar), bar: minimumBar, tail: .none) }
        let labelBesidePercent = room - 1 - percentWidth
        if labelBesidePercent >= minimumLabel { return Shape(label: min(labelWidth, labelBesidePercent), bar: nil, tail: .none) }
        return nil
    }

    private static func line(_ row: Row, shape: Shape, elapsed: String) -> String {
        // A server's odd number (over 100, below 0, not finite) must not widen the line.
        let progress = row.progress.flatMap { $0.isFinite ? min(100, max(0, $0)) : nil }
        let percent = progress.map { String(format: "%3d%%", Int($0)) } ?? "  –%"
        var line = DisplayFit.padded(DisplayFit.truncated(row.label, to: shape.label), to: shape.label)
        if let bar = shape.bar {
            line += "  " + ProgressBar.text(filled: Int((progress ?? 0) / 100 * Double(bar)), width: bar) + " " + percent
        } else {
            line += " " + percent
        }
        switch shape.tail {
        case .statusAndElapsed: line += "  \(row.status)  \(elapsed)"
        case .status: line += "  \(row.status)"
        case .none: break
        }
        return line
    }
}
