import Foundation
import GrokCore
import GrokSyntax
import Testing
@testable import GrokScript

/// `jobs` measures terminal cells, not characters, and on a terminal no row reaches the
/// last column: what does not fit narrows, goes, or is cut with `…`.
@Suite struct JobTableWidthTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func job(_ name: String, prompt: String = "a cat surfing a big wave at dawn", file: String? = "videos/cat.mp4") -> Job {
        Job(origin: .sandbox, name: name, taskID: "sbx-k3f9q2-000001", confirmation: .created, status: TaskStatus("completed"),
            prompt: prompt, submittedAt: now.addingTimeInterval(-120), updatedAt: now, file: file)
    }

    func lines(_ jobs: [Job], width: Int? = nil) -> [String] {
        JobTable.render(jobs, now: now, width: width).split(separator: "\n").map(String.init)
    }

    /// The cell a column's text starts at in `line`.
    func cell(of text: String, in line: String) -> Int? {
        line.range(of: text).map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
    }

    /// Issue 20: a CJK name and prompt pushed the later columns of their row right.
    @Test func wideCharactersKeepTheColumnsAligned() throws {
        let table = lines([job("猫", prompt: "一只猫在冲浪"), job("dog", prompt: "a dog")])
        let status = try #require(cell(of: "STATUS", in: table[0]))
        let file = try #require(cell(of: "FILE", in: table[0]))
        for row in table.dropFirst() {
            #expect(cell(of: "completed", in: row) == status, "\(table)")
            #expect(cell(of: "videos/cat.mp4", in: row) == file, "\(table)")
        }
    }

    @Test func offATerminalNothingIsCut() {
        let name = String(repeating: "long-name-", count: 6)
        let table = lines([job(name)])
        #expect(table[1].hasPrefix(name + "  sbx-k3f9q2-000001"))
        #expect(!table.joined().contains("…"))
    }

    /// Issue 20: at 50 columns every row wrapped. The prompt and the file go first; the
    /// name, task, status and age stay.
    @Test func fiftyColumnsKeepTheNameTaskStatusAndAge() {
        let table = lines([job("cat"), job("dog")], width: 50)
        #expect(table.allSatisfy { DisplayWidth.of($0) <= 49 }, "\(table)")
        #expect(table[0].split(separator: " ") == ["NAME", "TASK", "STATUS", "AGE"])
        #expect(table[1].split(separator: " ") == ["cat", "sbx-k3f9q2-000001", "completed", "2m"])
    }

    /// A little short of room: the prompt narrows, cut with `…`, and the file keeps its name.
    @Test func thePromptNarrowsFirst() {
        let table = lines([job("cat", file: "videos/2026/cat.mp4")], width: 85)
        #expect(table.allSatisfy { DisplayWidth.of($0) <= 84 }, "\(table)")
        #expect(table[1].contains("a cat surfing a big w…  "), "\(table)")
        #expect(table[1].hasSuffix("videos/2026/cat.mp4"), "\(table)")
        let narrower = lines([job("cat", file: "videos/2026/cat.mp4")], width: 70)
        #expect(narrower.allSatisfy { DisplayWidth.of($0) <= 69 }, "\(narrower)")
        #expect(narrower[1].hasSuffix("videos/…/cat.mp4"), "\(narrower)")
    }

    /// A long name narrows, cut with `…`, so the task id beside it still shows.
    @Test func aLongNameIsCut() {
        let table = lines([job(String(repeating: "名前", count: 20))], width: 50)
        #expect(table.allSatisfy { DisplayWidth.of($0) <= 49 }, "\(table)")
        #expect(table[1].contains("…") && table[1].contains("sbx-k3f9q2-000001"), "\(table)")
    }

    @Test func whenNothingFitsEachLineIsCut() {
        let table = lines([job("cat")], width: 20)
        #expect(table.allSatisfy { DisplayWidth.of($0) == 19 && $0.hasSuffix("…") }, "\(table)")
    }
}
