/// The widths of `jobs`'s columns on a terminal, so that no row reaches the last column
/// (none wraps), as the wait board does. When the table is too wide, in this order: the
/// prompt and the file narrow (to `least`), the prompt goes, then the file, then the host,
/// name and task narrow, then the age goes; narrowed cells are cut with `…`. When even
/// that is too wide, each line is cut to the width.
enum JobTableFit {
    enum Column: Hashable {
        case host, name, task, status, age, prompt, file
    }

    /// One way to fit: the columns left out, then the columns that may narrow, in order,
    /// each only as far as needed and never below its least width.
    private struct Step {
        let dropped: Set<Column>
        let narrowing: [(Column, least: Int)]
    }

    private static let steps = [
        Step(dropped: [], narrowing: [(.prompt, 10), (.file, 12)]),
        Step(dropped: [.prompt], narrowing: [(.file, 12)]),
        Step(dropped: [.prompt, .file], narrowing: [(.host, 8), (.name, 8), (.task, 10)]),
        Step(dropped: [.prompt, .file, .age], narrowing: [(.host, 8), (.name, 8), (.task, 10)]),
    ]

    /// The width of each column shown (a column left out has none) for rows at most
    /// `room` cells wide; the narrowest way, and `fits` false, when none is.
    static func widths(_ natural: [Column: Int], room: Int) -> (widths: [Column: Int], fits: Bool) {
        var widths = natural
        for step in steps {
            widths = natural.filter { !step.dropped.contains($0.key) }
            for (column, least) in step.narrowing {
                let over = total(widths) - room
                guard over > 0 else { break }
                guard let width = widths[column] else { continue }
                widths[column] = max(min(least, width), width - over)
            }
            if total(widths) <= room { return (widths, true) }
        }
        return (widths, false)
    }

    /// A row's width: its columns and two blanks between each.
    static func total(_ widths: [Column: Int]) -> Int {
        widths.values.reduce(0, +) + 2 * max(0, widths.count - 1)
    }
}
