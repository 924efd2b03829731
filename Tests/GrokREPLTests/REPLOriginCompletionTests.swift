import Foundation
import Testing

/// Tab completes the names and ids of the server the session talks to, never another
/// server's or those of an older journal's lines, which name no server.
@Suite(.serialized) struct REPLOriginCompletionTests {
    static let journal = """
        {"v":1,"origin":"http://127.0.0.1:9","event":"create","time":"2026-11-25T10:00:00.000Z","attempt":"a1","name":"zebra","request":{"prompt":"z"}}
        {"v":1,"origin":"http://127.0.0.1:9","event":"created","time":"2026-11-25T10:00:01.000Z","attempt":"a1","task_id":"zz-000001","status":"queued"}
        {"v":1,"event":"create","time":"2026-11-25T10:00:02.000Z","attempt":"a2","name":"xenops","request":{"prompt":"x"}}
        {"v":1,"event":"created","time":"2026-11-25T10:00:03.000Z","attempt":"a2","task_id":"xx-000001","status":"queued"}
        {"v":1,"origin":"sandbox","event":"create","time":"2026-11-25T10:00:04.000Z","attempt":"a3","name":"yak","request":{"prompt":"y"}}
        {"v":1,"origin":"sandbox","event":"created","time":"2026-11-25T10:00:05.000Z","attempt":"a3","task_id":"yy-000001","status":"queued"}

        """

    @Test func tabOffersOnlyTheCurrentServersTasks() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let path = process.stateDirectory.appendingPathComponent("journal.jsonl").path
        try Data(Self.journal.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let terminal = try process.start(["--sandbox"])
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("grok(sandbox)>")
            terminal.type("wait \t\t")
            let screen = try await terminal.waitFor("the candidates") { screen in
                screen.split(separator: "\n").contains { $0.contains("yak") && $0.contains("yy-000001") && $0.contains("timeout") }
            }
            for other in ["zebra", "zz-000001", "xenops", "xx-000001"] {
                #expect(!screen.contains(other), "\(other) is not a task of the sandbox: \(screen)")
            }
            terminal.type(REPLEndToEndTests.ctrlC)
            try await terminal.waitFor("an empty prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type(REPLEndToEndTests.ctrlD)
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
        }
    }
}
