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
        try file.merge(history.entries)

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
        try file.merge(history.entries)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(file.load().entries == ["old", "new"])
    }

    // MARK: - Shared between REPLs

    func scratchDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("grok-history-\(UUID().uuidString)")
    }

    /// What is on disk first, then the session's new entries, by the same rules as one
    /// history: an entry entered again moves to the end, the oldest go past the limit.
    @Test func mergingKeepsWhatIsSavedThenAddsTheNewEntries() {
        let saved = History(entries: ["a1", "b1", "x", "b2"], limit: 4)
        #expect(saved.merging(["x", "a2"]).entries == ["b1", "b2", "x", "a2"])
        #expect(saved.merging([]).entries == saved.entries)
        #expect(History(limit: 4).merging(["a1", "a1", "a2"]).entries == ["a1", "a2"])
        #expect(saved.merging(["a1", "a2", "a3", "a4", "a5"]).entries == ["a2", "a3", "a4", "a5"])
    }

    /// Two REPLs on one file, entering in turn: the file holds every entry in the order they
    /// were entered, while each REPL recalls its own (as bash with `histappend`).
    @Test func twoSessionsInterleavingKeepEveryEntry() throws {
        let directory = scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var first = SessionHistory(file: HistoryFile(stateDirectory: directory))
        var second = SessionHistory(file: HistoryFile(stateDirectory: directory))
        for (session, entry) in [(0, "echo a1"), (1, "echo b1"), (0, "echo a2"), (1, "echo b2"), (0, "echo b1")] {
            if session == 0 {
                let added = first.add(entry, filter: filter)
                #expect(added)
                try first.save()
            } else {
                let added = second.add(entry, filter: filter)
                #expect(added)
                try second.save()
            }
        }
        #expect(first.recalled.entries == ["echo a1", "echo a2", "echo b1"])
        #expect(second.recalled.entries == ["echo b1", "echo b2"])
        let file = HistoryFile(stateDirectory: directory)
        #expect(file.load().entries == ["echo a1", "echo a2", "echo b2", "echo b1"])
        #expect(SessionHistory(file: file).recalled == file.load())
    }

    @Test func aSecretEntryIsNeitherRecalledNorWritten() throws {
        let directory = scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var session = SessionHistory(file: HistoryFile(stateDirectory: directory))
        let secret = session.add("echo my-current-key-123", filter: filter)
        let ordinary = session.add("ratio 9:16", filter: filter)
        #expect(!secret && ordinary)
        try session.save()
        let text = try String(contentsOfFile: directory.appendingPathComponent("history").path, encoding: .utf8)
        #expect(text == "ratio 9:16\n")
    }

    /// The lock beside the file is private, and so is a state directory the history creates.
    @Test func theLockFileAndTheDirectoryArePrivate() throws {
        let parent = scratchDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appendingPathComponent("state")
        let file = HistoryFile(stateDirectory: directory)
        try file.merge(["ratio 9:16"])
        func mode(_ path: String) throws -> Int? {
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        }
        #expect(file.lockPath == directory.appendingPathComponent("history.lock").path)
        #expect(try mode(file.lockPath) == 0o600)
        #expect(try mode(directory.path) == 0o700)
        #expect(try mode(file.path) == 0o600)
    }

    /// A lock held by someone else makes the save fail after the timeout, not hang; the
    /// entries wait in the session and go in with the next save.
    @Test func aHeldLockFailsTheSaveButLosesNothing() throws {
        let directory = scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = HistoryFile(path: directory.appendingPathComponent("history").path, lockTimeout: .milliseconds(50))
        var session = SessionHistory(file: file)
        let added = session.add("ratio 9:16", filter: filter)
        #expect(added)
        let held = try FileLock.take(file.lockPath, timeout: .zero)
        #expect(throws: HistoryError.self) { try session.save() }
        #expect(session.unsaved == ["ratio 9:16"])
        #expect(file.load().entries.isEmpty)
        held.release()
        let addedLater = session.add("submit", filter: filter)
        #expect(addedLater)
        try session.save()
        #expect(session.unsaved.isEmpty)
        #expect(file.load().entries == ["ratio 9:16", "submit"])
    }

    @Test func missingFileIsEmpty() {
        #expect(HistoryFile(path: "/nonexistent/grok/history").load().entries.isEmpty)
    }
}
