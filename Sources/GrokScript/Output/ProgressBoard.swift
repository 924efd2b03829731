import GrokCore
import GrokSyntax

/// The live lines of a `wait` on a terminal: one per unfinished task with name, bar,
/// percentage, status and elapsed time (laid out by `BoardLayout`), redrawn in place.
struct ProgressBoard {
    private struct Row {
        let label: String
        var info: TaskInfo?
        var done = false
    }

    private var rows: [(taskID: String, row: Row)]
    private let started = ContinuousClock.now
    private var drawn = DrawnLines()

    init(tasks: [TaskLabel]) {
        rows = tasks.map { ($0.taskID, Row(label: ($0.name ?? $0.taskID).escapingControlCharacters)) }
    }

    mutating func update(taskID: String, info: TaskInfo?, done: Bool) {
        guard let index = rows.firstIndex(where: { $0.taskID == taskID }) else { return }
        if let info { rows[index].row.info = info }
        rows[index].row.done = rows[index].row.done || done
    }

    /// Cursor movements that erase what the last render drew, on a terminal now `columns` wide.
    func clear(columns: Int) -> String {
        drawn.erase(columns: columns)
    }

    /// The unfinished tasks (finished ones are printed as lines of their own), ending
    /// with the cursor below the board.
    mutating func render(columns: Int) -> String {
        let shown = rows.filter { !$0.row.done }.map { entry in
            BoardLayout.Row(label: entry.row.label, progress: entry.row.info?.progress,
                            status: entry.row.info.map { $0.status.description.escapingControlCharacters } ?? "waiting")
        }
        let elapsed = DurationText.format(.seconds((ContinuousClock.now - started).components.seconds))
        let lines = BoardLayout.lines(shown, elapsed: elapsed, columns: columns)
        drawn.drew(widths: lines.map(DisplayWidth.of), endsWithNewline: true)
        return lines.map { $0 + "\n" }.joined()
    }
}
