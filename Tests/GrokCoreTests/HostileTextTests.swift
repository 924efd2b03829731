import Foundation
import TestSupport
import Testing
@testable import GrokCore

/// Text from a server is shown escaped; numbers from it are clamped; file-system trouble
/// is named.
@Suite struct HostileTextTests {
    @Test func controlCharactersAreEscapedAndTheRestIsKept() {
        #expect("sbx\u{1B}]0;owned\u{07}\u{1B}[2J".escapingControlCharacters == #"sbx\u{1B}]0;owned\u{7}\u{1B}[2J"#)
        #expect("一只猫 ok".escapingControlCharacters == "一只猫 ok")
        #expect("a\u{9B}b\u{7F}".escapingControlCharacters == #"a\u{9B}b\u{7F}"#)
    }

    @Test func errorsFromTheServerNeverCarryControlCharacters() {
        let error = GrokError.taskFailed(taskID: "t\u{1B}[2J", status: "failed", message: "bad\u{07}")
        #expect(error.description == #"task t\u{1B}[2J failed: bad\u{7}"#)
    }

    @Test func jsonOutputEscapesControlCharactersAndStaysJSON() throws {
        let value = JSONValue.object(["status": .string("exploded\u{1B}[2J\u{9B}")])
        let text = value.compactText
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(JSONValue.parse(Array(text.utf8)) == value)
    }

    @Test(arguments: [("250", 100.0), ("-5", 0.0), ("\"250%\"", 100.0), ("\"NaN\"", nil)] as [(String, Double?)])
    func progressIsClampedToAPercentage(json: String, expected: Double?) throws {
        let body = Array(#"{"code":"20000","data":{"task_id":"t1","status":"exploded","progress":\#(json)}}"#.utf8)
        let payload = try ResponseDecoding.payload(status: 200, body: body, redactor: .none)
        let task = try ResponseDecoding.task(from: payload, baseURL: try #require(URL(string: "https://x.test")))
        #expect(task.progress == expected)
        #expect(task.status.description == "exploded")
        #expect(!task.status.isTerminal, "an unknown status is waited on")
    }

    @Test func aStateDirectoryUnderAFileSaysWhichPathAndWhy() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("plain-file", "not a directory")
        let wanted = URL(fileURLWithPath: file).appendingPathComponent("state/grok")
        #expect(throws: GrokError.stateDirectory(path: wanted.path, reason: "'\(file)' is not a directory")) {
            try StateDirectory.prepare(wanted)
        }
        let error = GrokError.stateDirectory(path: wanted.path, reason: "'\(file)' is not a directory")
        #expect(error.exitStatus == .authentication)
        #expect(!error.description.contains("NSCocoaErrorDomain"))
    }

    @Test func aStateDirectoryThatIsAFileIsNamed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("state", "a file")
        #expect(throws: GrokError.stateDirectory(path: file, reason: "'\(file)' is not a directory")) {
            try StateDirectory.prepare(URL(fileURLWithPath: file))
        }
    }
}
