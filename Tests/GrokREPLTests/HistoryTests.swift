import Foundation
import GrokCore
import Testing
@testable import GrokREPL

@Suite struct HistoryTests {
    let filter = SecretFilter(redactor: Redactor(secrets: ["my-current-key-123"]), harmless: ["a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"])

    @Test func deduplicatesMovingTheEntryToTheEnd() {
        var history = History()
        history.add("ratio 9:16", filter: filter)
        history.add("submit", filter: filter)
        history.add("ratio 9:16", filter: filter)
        #expect(history.entries == ["submit", "ratio 9:16"])
    }

    @Test func keepsAtMostTheLimit() {
        var history = History(limit: 2)
        for entry in ["a", "b", "c"] { history.add(entry, filter: filter) }
        #expect(history.entries == ["b", "c"])
    }

    @Test func refusesBlankAndSecretLines() {
        var history = History()
        let refused = ["   ", "echo my-current-key-123", "echo sk-live-abcdefgh12345", "let k = JIMMYAI_API_KEY=whatever",
                       "echo \"Authorization: Bearer abc\"", "echo Zx8vQ2mN7pL4kR9sT1wY6bC3dF5gH0jK"]
        for line in refused {
            let added = history.add(line, filter: filter)
            #expect(!added, "saved: \(line)")
        }
        #expect(history.entries.isEmpty)
    }

    @Test func keepsOrdinaryLinesWithIdsAndUUIDs() {
        var history = History()
        let kept = ["prompt \"一只猫在冲浪\"", "wait sbx-task-000001", "wait 3f2a9c1e-7b4d-4e8a-9c2f-1d3e5a7b9c0d",
                    "wait a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", "image https://example.com/images/cat-on-a-surfboard.png",
                    "set max-poll-interval 15s"]
        for line in kept {
            let added = history.add(line, filter: filter)
            #expect(added, "refused: \(line)")
        }
        #expect(history.entries == kept)
    }

    @Test func fileIsPrivateAndSurvivesARestart() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("grok-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = HistoryFile(stateDirectory: directory)
        var history = History()
        history.add("repeat 2 {\n  echo \"a\\b\"\n}", filter: filter)
        history.add("ratio 9:16", filter: filter)
        try file.save(history)

        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(file.load().entries == ["repeat 2 {\n  echo \"a\\b\"\n}", "ratio 9:16"])
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
    }

    @Test func tightensALooseExistingFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("grok-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = HistoryFile(stateDirectory: directory)
        _ = FileManager.default.createFile(atPath: file.path, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o644])
        var history = file.load()
        history.add("new", filter: filter)
        try file.save(history)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(file.load().entries == ["old", "new"])
    }

    @Test func missingFileIsEmpty() {
        #expect(HistoryFile(path: "/nonexistent/grok/history").load().entries.isEmpty)
    }
}
