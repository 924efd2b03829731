import Foundation
import GrokSyntax
import Testing
@testable import GrokScript

/// The checker hands statements to the rehearsal in batches while it checks the rest of the
/// file: what either finds must not depend on where the batches split.
@Suite struct CheckAndRehearseTests {
    /// Whether the script passed, and each diagnostic with the line it points at.
    private func check(_ lines: [String], files: [String: String] = [:]) async -> (passed: Bool, diagnostics: [(line: Int, message: String)]) {
        let context = CheckContext(baseDirectory: "/virtual", readFile: { files[$0].map { Array($0.utf8) } },
                                   fileStatus: { files[$0] == nil ? .missing : .readable })
        let reporter = DiagnosticCollectingReporter()
        let session = Session(options: SessionOptions(baseURL: URL(fileURLWithPath: "/")))
        let source = SourceFile(name: "big.grok", text: lines.joined(separator: "\n"))
        let passed = await Runner.check(source, context: context, from: Rehearsal.Start(session: session, environment: [:], keepGoing: false),
                                        reporter: reporter)
        return (passed, reporter.collected.map { (source.line(containing: $0.0.range.start), $0.0.message) })
    }

    private func echoes(_ count: Int) -> [String] {
        Array(repeating: "echo x", count: count)
    }

    @Test func aLongCleanScriptPasses() async {
        let result = await check(["let r = 9:16"] + echoes(5000) + ["ratio $r"])
        #expect(result.passed)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aRehearsalErrorInALateBatchIsFound() async {
        let result = await check(["let r = 4:3"] + echoes(3000) + ["ratio $r"])
        #expect(!result.passed)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("4:3") == true)
        #expect(result.diagnostics.first?.line == 3002)
    }

    @Test func aCheckErrorAnywhereHidesWhatTheRehearsalFound() async {
        let result = await check(["let r = 4:3", "ratio $r"] + echoes(3000) + ["bogus"])
        #expect(!result.passed)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("bogus") == true)
        #expect(result.diagnostics.first?.line == 3003)
    }

    @Test func aFileSourcedInALateBatchIsRehearsed() async {
        let result = await check(echoes(2000) + ["source other.grok", "ratio $r"], files: ["/virtual/other.grok": "let r = 4:3\n"])
        #expect(!result.passed)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("4:3") == true)
        #expect(result.diagnostics.first?.line == 2002)
    }
}
