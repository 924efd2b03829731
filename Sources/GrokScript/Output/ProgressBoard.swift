import GrokCore

/// The live lines of a `wait` on a terminal: one per task with name, bar, percentage,
/// status and elapsed time, redrawn in place.
struct ProgressBoard {
    private struct Row {
        let label: String
        var info: TaskInfo?
        var done = false
    }

    private var rows: [(taskID: String, row: Row)]
    private let started = ContinuousClock.now
    private var drawnLines = 0

    init(tasks: [TaskLabel]) {
        rows = tasks.map { ($0.taskID, Row(label: ($0.name ?? $0.taskID).escapingControlCharacters)) }
    }

    mutating func update(taskID: String, info: TaskInfo?, done: Bool) {
        guard let index = rows.firstIndex(where: { $0.taskID == taskID }) else { return }
        if let info { rows[index].row.info = info }
        rows[index].row.done = rows[index].row.done || done
    }

    /// Cursor movements that erase what the last render drew.
    func clear() -> String {
        drawnLines == 0 ? "" : String(repeating: "\u{1B}[1A\u{1B}[2K", count: drawnLines) + "\r"
    }

    /// The unfinished tasks (finished ones are printed as lines of their own), ending
    /// with the cursor below the board.
    mutating func render() -> String {
        let shown = rows.filter { !$0.row.done }
        let labelWidth = min(24, shown.map(\.row.label.count).max() ?? 0)
        let elapsed = DurationText.format(.seconds((ContinuousClock.now - started).components.seconds))
        let text = shown.map { entry in
            let info = entry.row.info
            let percent = info?.progress ?? 0
            let bar = ProgressBar.text(filled: Int(percent / 5), width: 20)
            let label = String(entry.row.label.prefix(labelWidth)).padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            let status = info.map { $0.status.description.escapingControlCharacters } ?? "waiting"
            let shownPercent = info?.progress.map { String(format: "%3d%%", Int($0)) } ?? "  –%"
            return "\(label)  \(bar) \(shownPercent)  \(status)  \(elapsed)\n"
        }.joined()
        drawnLines = shown.count
        return text
    }
}

/// `[#####.....]`: `filled` of `width` cells, clamped to the bar.
enum ProgressBar {
    static func text(filled: Int, width: Int) -> String {
        let cells = max(0, min(width, filled))
        return "[" + String(repeating: "#", count: cells) + String(repeating: ".", count: width - cells) + "]"
    }
}

/// The live line of a download on a terminal: bytes so far and the total.
enum DownloadBar {
    static func render(path: String, progress: DownloadProgress, width: Int) -> String {
        let received = ByteCount.format(progress.received)
        let path = path.escapingControlCharacters
        guard let total = progress.total, total > 0 else { return "\(path)  \(received)" }
        let fraction = Double(progress.received) / Double(total)
        let barWidth = max(10, min(30, width - path.count - 40))
        let bar = ProgressBar.text(filled: Int(fraction * Double(barWidth)), width: barWidth)
        return "\(path)  \(bar) \(received) / \(ByteCount.format(total))"
    }
}
