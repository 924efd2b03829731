import Foundation
import Testing

/// Issue 20, case 6: the REPL's first line says where it sends, whether that is billed, and
/// where to start, as psql and sqlite3 greet.
@Suite(.serialized) struct REPLGreetingTests {
    static let ctrlD = "\u{04}"

    func firstLine(_ arguments: [String], environment: [String: String] = [:]) async throws -> String {
        let process = try REPLProcess()
        defer { process.remove() }
        let terminal = try process.start(arguments, environment: environment)
        var first = ""
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine.hasPrefix("grok") && terminal.cursorLine.hasSuffix(">") }
            first = terminal.text.split(separator: "\n").first.map(String.init) ?? ""
            terminal.type(Self.ctrlD)
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
        }
        return first
    }

    @Test func thePaidAPISaysItIsBilled() async throws {
        let line = try await firstLine([], environment: ["JIMMYAI_API_KEY": "fake-repl-key-not-a-secret"])
        #expect(line.hasPrefix("grok ") && line.contains("www.jimmyai.cn, the paid API (billed)")
                && line.contains("help lists commands") && line.contains("--sandbox is free"), "\(line)")
    }

    @Test func anotherServerIsNamedWithoutAClaimAboutMoney() async throws {
        let line = try await firstLine(["--base-url", "http://127.0.0.1:9"], environment: ["JIMMYAI_API_KEY": "fake-repl-key-not-a-secret"])
        #expect(line.contains("→ 127.0.0.1:9.") && !line.contains("paid"), "\(line)")
    }

    @Test func theSandboxSaysNothingIsBilled() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let terminal = try process.start(["--sandbox"])
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            let lines = terminal.text.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasSuffix(". help lists commands.") == true, "\(terminal.text)")
            #expect(lines.contains { $0.hasPrefix("sandbox at http://127.0.0.1:") && $0.hasSuffix("nothing is billed") }, "\(terminal.text)")
            terminal.type(Self.ctrlD)
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
        }
    }
}
