import Foundation
import TestSupport
import Testing
@testable import GrokCore

/// Several writers on one journal, each with its own descriptor as separate processes would
/// have: every record a whole line, no blank lines, a torn line closed exactly once.
@Suite struct JournalConcurrencyTests {
    static let writers = 8, recordsEach = 100

    @Test func concurrentWritersLeaveWholeLinesOnly() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // A line torn by a crash, which the first writer closes.
        try dir.write("journal.jsonl", #"{"v":1,"event":"status","time":"2024-"#)
        try await Self.writeConcurrently(in: dir.url)
        let text = try String(contentsOfFile: dir.path("journal.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text.hasSuffix("\n"))
        #expect(lines.dropLast().allSatisfy { !$0.isEmpty }, "no blank lines")
        #expect(lines.count - 1 == 1 + Self.writers * Self.recordsEach)
        let journal = try Journal(directory: dir.url)
        let (records, unreadable) = try JournalLines.read(journal.path)
        #expect(records.count == Self.writers * Self.recordsEach)
        #expect(unreadable == 1, "only the torn line")
    }

    static func writeConcurrently(in directory: URL) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                let journal = try Journal(directory: directory)
                group.addTask {
                    for record in 0..<recordsEach {
                        let info = TaskInfo(taskID: "w\(writer)-r\(record)", status: TaskStatus("processing"), progress: Double(record))
                        try await journal.record(.status(info, time: Date()), origin: .testServer)
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
