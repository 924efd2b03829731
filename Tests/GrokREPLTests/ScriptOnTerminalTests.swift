import Foundation
import TestSupport
import Testing

/// A script file run by the built `grok` with a terminal for its standard streams: what only
/// a terminal shows (the download bar) and what only a terminal sends (Ctrl-C).
@Suite(.serialized) struct ScriptOnTerminalTests {
    /// Runs `script` as `flow.grok` in the work directory, with the built-in sandbox.
    func withScript(_ script: String, _ body: (PseudoTerminal, REPLProcess) async throws -> Void) async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        try Data(script.utf8).write(to: process.scratch.appendingPathComponent("work/flow.grok"))
        let terminal = try process.start(["--sandbox", "--sandbox-task-time", "0", "flow.grok"])
        try await terminal.killedIfThrowing { try await body(terminal, process) }
    }

    /// The bar is drawn in place (`\r`, clear line) with the bytes received and the total,
    /// then replaced by the `downloaded` line.
    @Test func downloadShowsAProgressBarOnATerminal() async throws {
        try await withScript(SampleScripts.catToFile + "\necho done\n") { terminal, _ in
            try await terminal.waitFor("done")
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
            let raw = terminal.output
            // The last drawing, at the end of the download: a full bar, all bytes of all.
            let bar = try #require(raw.range(of: "\r\u{1B}[2Kcat.mp4  [", options: .backwards),
                                   "no bar drawn; raw output:\n\(raw.debugDescription)")
            let drawn = String(raw[bar.upperBound...].prefix { $0 != "\r" && $0 != "\n" })
            let cells = drawn.prefix { $0 != "]" }
            #expect(!cells.isEmpty && cells.allSatisfy { $0 == "#" }, "the bar: \(drawn)")
            let bytes = drawn.split(separator: "]").last.map { $0.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) } }
            #expect(bytes?.count == 2 && bytes?.first == bytes?.last, "received / total: \(drawn)")
            #expect(terminal.text.contains("downloaded cat.mp4"))
        }
    }

    /// Ctrl-C during a `sleep` in a script: the script stops there and grok exits 130.
    @Test func ctrlCInAScriptExits130() async throws {
        try await withScript("""
            echo started
            sleep 1h
            echo never
            """) { terminal, _ in
            try await terminal.waitFor("started")
            terminal.type(REPLEndToEndTests.ctrlC)
            let status = try await terminal.exit()
            #expect(status == 130, "exit status \(status); the screen:\n\(terminal.text)")
            #expect(!terminal.text.contains("never"))
        }
    }
}
