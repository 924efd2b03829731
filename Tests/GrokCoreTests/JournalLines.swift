import Foundation
@testable import GrokCore

/// The journal file read line by line, as the tests inspect it: every record that reads, and
/// how many lines do not (such as a line torn by a crash).
enum JournalLines {
    static func read(_ path: String) throws -> (records: [JournalRecord], unreadableLines: Int) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var records: [JournalRecord] = []
        var unreadable = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            if let entry = JournalEntry(line: line) {
                records.append(entry.record)
            } else {
                unreadable += 1
            }
        }
        return (records, unreadable)
    }
}
