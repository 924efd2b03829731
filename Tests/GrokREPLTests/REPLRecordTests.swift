import Foundation
import TestSupport
import Testing

/// `record FILE.md` at the prompt: the handout grows as the session goes (read here before
/// the session ends), holds each entry as typed, what it printed (errors too) and each
/// exchange; `record off` stops it.
@Suite(.serialized) struct REPLRecordTests {
    @Test func aRecordedSessionIsReadableAsItGoesAndStopsAtRecordOff() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let handout = process.scratch.appendingPathComponent("work/class.md")
        let terminal = try process.start(["--sandbox"])
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("record class.md\n")
            terminal.type("balance\n")
            try await terminal.waitFor("key sandbox: unlimited quota")
            terminal.type("status nosuch\n")
            try await terminal.waitFor("task not found: nosuch")
            terminal.type("echo next\n")
            try await terminal.waitFor("the echo") { $0.contains("\nnext") }
            let sofar = (try? String(contentsOf: handout, encoding: .utf8)) ?? ""
            #expect(sofar.contains("```grok\nbalance\n```") && sofar.contains("Exchange #2:"), "written as it goes: \(sofar)")
            terminal.type("record off\n")
            terminal.type("balance\n")
            try await terminal.waitFor("the second balance") { $0.components(separatedBy: "key sandbox: unlimited").count == 3 }
            terminal.type("quit\n")
            _ = try await terminal.exit()
        }
        let markdown = try String(contentsOf: handout, encoding: .utf8)
        #expect(markdown.contains("```text\nbalance 100.00"), "\(markdown)")
        #expect(markdown.contains("answered **404 Not Found**") && markdown.contains("error: API error 20002"), "\(markdown)")
        #expect(markdown.contains("```text\nnext\n```"), "\(markdown)")
        #expect(!markdown.contains("Exchange #4:") && !markdown.contains("record off"), "\(markdown)")
    }
}
