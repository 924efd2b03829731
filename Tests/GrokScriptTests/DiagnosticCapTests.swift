import GrokSyntax
import Testing
@testable import GrokScript

/// At most 100 diagnostics a run, then one line counting the rest (issue 10, item 8).
@Suite struct DiagnosticCapTests {
    func script(unknownCommands count: Int) -> SourceFile {
        SourceFile(name: "t.grok", text: String(repeating: "frobnicate\n", count: count))
    }

    func errorBlocks(_ text: String) -> Int {
        text.components(separatedBy: "error: ").count - 1
    }

    @Test func aRunShowsTheFirstHundredAndCountsTheRest() {
        let err = BufferStream()
        let reporter = TextReporter(out: BufferStream(), err: err, terminal: .plain, quiet: false)
        let checked = Runner.check(script(unknownCommands: 250), context: CheckerHarness().context, reporter: reporter)
        #expect(checked.diagnostics.count == 250)
        #expect(errorBlocks(err.text) == 100)
        #expect(err.text.hasSuffix("\nand 150 more errors\n"))
        #expect(err.text.contains("t.grok:100:1\n"))
        #expect(!err.text.contains("t.grok:101:1\n"))
    }

    @Test func aHundredOrFewerAreAllShownWithNoCount() {
        let err = BufferStream()
        let reporter = TextReporter(out: BufferStream(), err: err, terminal: .plain, quiet: false)
        Runner.check(script(unknownCommands: 100), context: CheckerHarness().context, reporter: reporter)
        #expect(errorBlocks(err.text) == 100)
        #expect(!err.text.contains("more error"))
    }

    @Test func theCapCountsAcrossFilesAndNamesWarnings() {
        let source = script(unknownCommands: 1)
        let error = Diagnostic(id: "x.error", severity: .error, message: "bad", range: SourceRange(start: 0, end: 1))
        let warning = Diagnostic(id: "x.warning", severity: .warning, message: "odd", range: SourceRange(start: 0, end: 1))
        let errors = DiagnosticCap(Array(repeating: (error, source), count: 103), limit: 100)
        #expect(errors.shown.count == 100)
        #expect(errors.omittedLine == "and 3 more errors")
        let one = DiagnosticCap(Array(repeating: (error, source), count: 101), limit: 100)
        #expect(one.omittedLine == "and 1 more error")
        let mixed = DiagnosticCap(Array(repeating: (error, source), count: 100) + [(warning, source), (error, source)], limit: 100)
        #expect(mixed.omittedLine == "and 2 more diagnostics")
        #expect(DiagnosticCap([(error, source)]).omittedLine == nil)
        let stopped = Diagnostic(id: "lex.too-many-errors", severity: .error, message: "too many", range: SourceRange(start: 0, end: 1))
        let counted = DiagnosticCap(Array(repeating: (error, source), count: 1_000) + [(stopped, source)], limit: 100)
        #expect(counted.omitted == 900)
        #expect(counted.omittedLine == "and over 900 more errors")
    }

    @Test func jsonCountsTheRestInOneEvent() {
        let err = BufferStream()
        let reporter = JSONReporter(out: BufferStream(), err: err)
        Runner.check(script(unknownCommands: 102), context: CheckerHarness().context, reporter: reporter)
        let lines = err.text.split(separator: "\n")
        #expect(lines.count == 101)
        #expect(lines.last == #"{"event":"omitted","count":2,"message":"and 2 more errors"}"#)
    }
}
