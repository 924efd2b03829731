import CEditLine
import Foundation

extension LineEditor {
    /// The window changed size while a line is edited. libedit still counts rows and
    /// columns at the old width, so its next move would land elsewhere (Ctrl-A into the
    /// line above) and every redraw after it would be garbage. The cursor goes back to the
    /// start of the prompt's row, as the terminal has wrapped the line again, what is below
    /// is cleared, and libedit, told the new size, draws the prompt and line afresh.
    func redrawAtNewWidth() {
        let columns = terminalColumns
        guard columns != drawnColumns else {
            el_resize(editLine)
            return
        }
        if let line = currentLine() {
            let row = WrappedCursor.row(prompt: plainPrompt, text: line.text, cursor: line.cursor,
                                        oldColumns: drawnColumns, newColumns: columns)
            write("\r" + (row > 0 ? "\u{1B}[\(row)A" : "") + "\u{1B}[J")
        }
        drawnColumns = columns
        el_resize(editLine)
        _ = grok_el_refresh(editLine)
    }
}
