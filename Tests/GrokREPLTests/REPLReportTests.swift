import Foundation
import Testing

/// `report FILE` typed in the REPL, and `--report-html` on a REPL session: the page of the
/// tasks the session created or touched.
@Suite struct REPLReportTests {
    @Test func reportWritesThePageOfTheSessionsTasks() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let page = process.scratch.appendingPathComponent("work/at-exit.html").path
        let terminal = try process.start(["--sandbox", "--sandbox-task-time", "200ms", "--report-html", page])
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("prompt \"a cat <b>bold</b>\"; image https://example.com/c.png; submit as cat; wait cat\n")
            try await terminal.waitFor("completed cat")
            terminal.type("report cats.html\n")
            try await terminal.waitFor("wrote cats.html: 1 task")
            try await terminal.waitFor("the prompt after") { _ in terminal.cursorLine.hasPrefix("grok(sandbox)") && terminal.cursorLine.hasSuffix(">") }
            terminal.type(REPLEndToEndTests.ctrlD)
            #expect(try await terminal.exit() == 0, "\(terminal.text)")
        }
        for path in [process.scratch.appendingPathComponent("work/cats.html").path, page] {
            let html = try String(contentsOfFile: path, encoding: .utf8)
            #expect(html.contains("<h3>cat</h3>") && html.contains("a cat &lt;b&gt;bold&lt;/b&gt;"), "\(path)")
            #expect(html.contains("<strong>1</strong> succeeded"))
        }
    }
}
