import Foundation
import GrokSandbox
import Testing
import TestSupport

/// The golden runner must be able to fail: a mutation-style check on a copy of real goldens.
/// An emptied or deleted recording, a header that disagrees with the status, and a header
/// that disagrees with the request log are each caught.
@Suite struct GoldenSelfCheckTests {
    /// A golden that prints on stdout and stderr and exits 1.
    static let sample = "runtime/keep-going"

    @Test func emptiedOrDeletedRecordingsAreCaught() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let script = try copy(Self.sample, to: scratch)
        let run = try await GoldenRun.run(script)
        let expectation = GoldenExpectation(script: script)
        #expect(expectation.differences(from: run).isEmpty, "the unmodified copy must pass")
        #expect(!run.out.isEmpty && !run.err.isEmpty && run.exit != 0, "the sample must print on both streams and fail")

        for url in [expectation.outURL, expectation.errURL, expectation.exitURL] {
            let original = try Data(contentsOf: url)
            try Data().write(to: url)
            #expect(!expectation.differences(from: run).isEmpty, "emptied \(url.lastPathComponent) went unnoticed")
            try FileManager.default.removeItem(at: url)
            #expect(!expectation.differences(from: run).isEmpty, "deleted \(url.lastPathComponent) went unnoticed")
            try original.write(to: url)
        }
    }

    @Test func headersThatContradictTheRunAreCaught() throws {
        let sent = try GoldenHeader.parse(" exit 1, sent 1 create")
        #expect(sent.contradictions(exit: 1, log: []) == ["the header expects 1 create requests; the sandbox got 0"])
        #expect(sent.contradictions(exit: 2, log: []).count == 2)
        let nothing = try GoldenHeader.parse(" exit 0, sent nothing")
        #expect(nothing.contradictions(exit: 0, log: []).isEmpty)
        #expect(throws: GoldenHeaderError.self) { try GoldenHeader.parse(" exit 2, sent 1 create") }
        #expect(throws: GoldenHeaderError.self) { try GoldenHeader.parse(" exit 0") }
        #expect(throws: GoldenHeaderError.missing) { try GoldenHeader.find(in: "# a golden without a header\necho hi\n") }
    }

    /// Copies a golden's script and recording (and the files beside it) into `scratch`.
    private func copy(_ name: String, to scratch: TemporaryDirectory) throws -> URL {
        let source = GoldenRun.root.appendingPathComponent(name + ".grok").deletingLastPathComponent()
        let target = scratch.url.appendingPathComponent("golden")
        try FileManager.default.copyItem(at: source, to: target)
        return target.appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent + ".grok")
    }
}
