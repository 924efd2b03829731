import Foundation
import Testing

/// `jobs` on a narrow terminal, with CJK names: a row per line, columns aligned by cells.
@Suite(.serialized) struct REPLJobsTableTests {
    /// Issue 20: at 50 columns every row wrapped, and a CJK name shifted its row's columns.
    @Test func jobsAtFiftyColumnsFitsAndAlignsWideNames() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let terminal = try process.start(["--sandbox", "--sandbox-task-time", "1h"], columns: 50)
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("prompt \"一只猫在冲浪, a long prompt that would not fit\"\nimage https://example.com/cat.png\n")
            terminal.type("submit as 小猫\nsubmit as dog\n")
            try await terminal.waitFor("submitted dog")
            terminal.type("jobs\n")
            let header = try await terminal.waitFor("the table") { screen in
                screen.contains("NAME") && terminal.cursorLine.hasPrefix("grok(sandbox)")
            }
            let lines = terminal.lines.all
            let table = try #require(lines.firstIndex { $0.text.hasPrefix("NAME") }, "\(header)")
            let rows = lines[table...].prefix(3)
            #expect(rows.allSatisfy { !$0.wrapped && $0.width <= 49 }, "\(terminal.text)")
            #expect(rows.map { $0.text.split(separator: " ").first.map(String.init) } == ["NAME", "小猫", "dog"], "\(terminal.text)")
            let taskColumn = rows.map { row in row.text.range(of: row.text.hasPrefix("NAME") ? "TASK" : "sbx-").map { row.text[..<$0.lowerBound].unicodeScalars.reduce(0) { $0 + Screen.width($1) } } }
            #expect(Set(taskColumn).count == 1 && taskColumn[0] != nil, "\(terminal.text)")
            terminal.type(REPLEndToEndTests.ctrlD)
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
        }
    }
}
