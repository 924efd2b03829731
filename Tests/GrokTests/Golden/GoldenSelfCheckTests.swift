import Foundation
import GrokSandbox
import Testing
import TestSupport

/// The golden runner must be able to fail: a mutation-style check on a copy of real goldens.
/// An emptied or deleted recording, a header that disagrees with the status, and a header
/// that disagrees with the request log (a count wrong, a request left out) are each caught.
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
        let sent = try GoldenHeader.parse(" exit 1, sent 1 create, 3 queries")
        #expect(sent.contradictions(exit: 1, sent: [.create: 1, .query: 3]).isEmpty)
        #expect(sent.contradictions(exit: 1, sent: [.create: 1]) == ["the header expects 'sent 1 create, 3 queries', the sandbox got 'sent 1 create'"])
        #expect(sent.contradictions(exit: 1, sent: [.create: 1, .query: 3, .video: 1])
                == ["the header expects 'sent 1 create, 3 queries', the sandbox got 'sent 1 create, 3 queries, 1 video'"])
        #expect(sent.contradictions(exit: 2, sent: [:]).count == 2)
        #expect(sent.contradictions(exit: 1, sent: [.create: 1, .query: 3], elsewhere: ["GET /nowhere → 404"]).count == 1)
        let nothing = try GoldenHeader.parse(" exit 0, sent nothing")
        #expect(nothing.contradictions(exit: 0, sent: [:]).isEmpty)
        #expect(nothing.contradictions(exit: 0, sent: [.keyBalance: 1]) == ["the header expects 'sent nothing', the sandbox got 'sent 1 key-balance'"])
        #expect(throws: GoldenHeaderError.self) { try GoldenHeader.parse(" exit 2, sent 1 create") }
        #expect(throws: GoldenHeaderError.self) { try GoldenHeader.parse(" exit 1, sent 0 creates, 1 query") }
        #expect(throws: GoldenHeaderError.self) { try GoldenHeader.parse(" exit 1, sent 1 create, 2 creates") }
        #expect(throws: GoldenHeaderError.self) { try GoldenHeader.parse(" exit 0") }
        #expect(throws: GoldenHeaderError.missing) { try GoldenHeader.find(in: "# a golden without a header\necho hi\n") }
    }

    /// A real golden's header with one kind of request left out fails against a real run.
    @Test func aHeaderThatLeavesOutARequestIsCaught() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let script = try copy("commands/download", to: scratch)
        let run = try await GoldenRun.run(script)
        let text = try String(contentsOf: script, encoding: .utf8)
        let header = try GoldenHeader.find(in: text)
        #expect(header == GoldenHeader(exit: 0, sent: [.create: 1, .query: 3, .video: 1]))
        #expect(header.contradictions(exit: run.exit, log: run.log).isEmpty)
        let withoutVideo = try GoldenHeader.find(in: text.replacingOccurrences(of: ", 1 video", with: ""))
        #expect(withoutVideo.contradictions(exit: run.exit, log: run.log)
                == ["the header expects 'sent 1 create, 3 queries', the sandbox got 'sent 1 create, 3 queries, 1 video'"])
    }

    /// Copies a golden's script and recording (and the files beside it) into `scratch`.
    private func copy(_ name: String, to scratch: TemporaryDirectory) throws -> URL {
        let source = GoldenRun.root.appendingPathComponent(name + ".grok").deletingLastPathComponent()
        let target = scratch.url.appendingPathComponent("golden")
        try FileManager.default.copyItem(at: source, to: target)
        return target.appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent + ".grok")
    }
}
