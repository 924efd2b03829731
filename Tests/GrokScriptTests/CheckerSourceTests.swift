import GrokSyntax
import Synchronization
import Testing
@testable import GrokScript

/// `source` with a literal path: the file is checked too, in the caller's
/// state; cycles, depth and unreadable files are errors.
@Suite struct CheckerSourceTests {
    private func harness(_ files: [String: String]) -> CheckerHarness {
        var harness = CheckerHarness()
        harness.files = files
        harness.baseDirectory = "/p"
        return harness
    }

    @Test func aSourcedFileIsCheckedUnderItsResolvedPath() {
        let harness = harness(["/p/lib/setup.grok": "ratio 4:3\nrattio 1:1\n"])
        let checked = harness.check("source lib/setup.grok\necho after")
        #expect(checked.diagnostics.isEmpty)
        #expect(checked.hasErrors)
        #expect(Array(checked.sourcedFiles.keys) == ["/p/lib/setup.grok"])
        let sourced = checked.sourcedFiles["/p/lib/setup.grok"]
        #expect(sourced?.source.name == "/p/lib/setup.grok")
        #expect(sourced?.diagnostics.map(\.id) == ["check.invalid-value", "check.unknown-command"])
        // The caller's statements still bind: the source statement itself is fine.
        #expect(checked.statements.count == 2)
    }

    @Test func aSourcedFilesParseErrorsAreItsOwn() {
        let checked = harness(["/p/bad.grok": "echo \"open\n"]).check("source bad.grok")
        #expect(checked.sourcedFiles["/p/bad.grok"]?.diagnostics.map(\.id) == ["lex.unterminated-string"])
    }

    @Test func relativePathsInASourcedFileStartAtItsDirectory() {
        let harness = harness([
            "/p/lib/a.grok": "source b.grok\nimage cat.png",
            "/p/lib/b.grok": "echo b",
            "/p/lib/cat.png": "",
        ])
        let checked = harness.check("source lib/a.grok")
        #expect(!checked.hasErrors)
        #expect(Set(checked.sourcedFiles.keys) == ["/p/lib/a.grok", "/p/lib/b.grok"])
        #expect(checked.sourcedFiles["/p/lib/a.grok"]?.sourcedFiles.isEmpty == true)
    }

    @Test func variablesFlowBothWays() {
        let harness = harness(["/p/vars.grok": "let out = $dir/videos\nfor x in a { let inner = 1 }"])
        let checked = harness.check("let dir = /tmp\nsource vars.grok\necho $out $inner")
        #expect(checked.diagnostics.isEmpty)
        #expect(!checked.hasErrors)
        let missing = self.harness(["/p/vars.grok": "echo $dir"]).check("source vars.grok\nlet dir = x")
        #expect(missing.sourcedFiles["/p/vars.grok"]?.diagnostics.map(\.id) == ["check.undefined-variable"])
    }

    @Test func theDraftFlowsThroughASourcedFile() {
        var harness = harness([
            "/p/draft.grok": "prompt a\nimage https://x.test/a.png\nratio 1:1",
            "/p/clear.grok": "reset",
            "/p/submit.grok": "submit",
        ])
        harness.hasPrompt = false
        harness.hasImage = false
        #expect(harness.check("source draft.grok\nsubmit").diagnostics.isEmpty)
        let warned = harness.check("source draft.grok\norientation portrait")
        #expect(warned.diagnostics.map(\.label) == ["ignored: the ratio set on /p/draft.grok:3 wins"])
        #expect(harness.check("prompt a\nimage cat.png\nsource clear.grok\nsubmit").diagnostics.map(\.id)
            == ["check.unreadable-file", "check.submit-without-prompt", "check.submit-without-image"])
        // The sourced file sees the caller's draft.
        let sourcedSubmit = harness.check("prompt a\nsource submit.grok")
        #expect(sourcedSubmit.sourcedFiles["/p/submit.grok"]?.diagnostics.map(\.id) == ["check.submit-without-image"])
    }

    @Test func aFileSourcedAgainIsCheckedOnceAndItsEffectIsUnknown() {
        var harness = harness(["/p/clear.grok": "reset\nlet x = 1"])
        harness.hasPrompt = false
        harness.hasImage = false
        let checked = harness.check("source clear.grok\nprompt a\nimage https://x.test/a.png\nsource clear.grok\nsubmit\necho $x")
        #expect(checked.diagnostics.isEmpty)
        #expect(checked.sourcedFiles.count == 1)
    }

    @Test func cyclesAreErrorsAtTheSourceStatement() {
        var harness = harness(["/p/a.grok": "source b.grok", "/p/b.grok": "echo b\nsource a.grok"])
        harness.scriptPath = "/p/a.grok"
        let checked = harness.check("source b.grok", name: "/p/a.grok")
        #expect(checked.hasErrors)
        let inner = checked.sourcedFiles["/p/b.grok"]?.diagnostics
        #expect(inner?.map(\.id) == ["check.source-cycle"])
        #expect(inner?.first?.message == "'source' cycle: /p/a.grok → /p/b.grok → /p/a.grok")
        #expect(inner?.first.map { checked.sourcedFiles["/p/b.grok"]?.source.text(of: $0.range) } == "a.grok")
    }

    @Test func aFileSourcingItselfIsACycle() {
        let harness = harness(["/p/self.grok": "source ./self.grok"])
        let checked = harness.check("source self.grok")
        #expect(checked.sourcedFiles["/p/self.grok"]?.diagnostics.first?.message == "'source' cycle: /p/self.grok → /p/self.grok")
    }

    @Test func depthIsCapped() {
        var files: [String: String] = [:]
        for level in 0...40 { files["/p/f\(level).grok"] = "source f\(level + 1).grok" }
        let checked = harness(files).check("source f0.grok")
        let reports = checked.sourcedFiles.values.flatMap(\.diagnostics)
        #expect(reports.map(\.id) == ["check.source-too-deep"])
        #expect(reports.first?.message == "'source' is nested more than 32 files deep")
        #expect(checked.sourcedFiles.count == 32)
    }

    @Test func anUnreadableSourceIsAnErrorAndAssumesNothing() {
        var harness = harness([:])
        harness.hasPrompt = false
        let checked = harness.check("source missing.grok\nsubmit\necho $anything")
        #expect(checked.diagnostics.map(\.id) == ["check.unreadable-file"])
        #expect(checked.diagnostics.first?.message == "cannot read 'missing.grok': no such file")
        #expect(checked.diagnostics.first?.notes == [Diagnostic.Note.note("resolved to /p/missing.grok")])
    }

    @Test func anInterpolatedSourceIsLeftToRunTime() {
        var harness = harness([:])
        harness.hasPrompt = false
        harness.variables = ["f"]
        let checked = harness.check("source $f\nsubmit\necho $defined_there")
        #expect(checked.diagnostics.isEmpty)
        #expect(checked.sourcedFiles.isEmpty)
    }

    @Test func filesAreLookedUpOncePerPath() {
        let lookups = Counter()
        var harness = CheckerHarness()
        harness.baseDirectory = "/p"
        var context = harness.context
        context.fileStatus = { _ in lookups.increment(); return .readable }
        let text = String(repeating: "upload a.png\nimage ./a.png\n", count: 100)
        let checked = Checker.check(ParsedScript.parse(SourceFile(name: "t.grok", text: text)), context: context)
        #expect(checked.diagnostics.isEmpty)
        #expect(lookups.value == 1)
    }
}

/// A thread-safe count for an injected `@Sendable` closure.
final class Counter: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func increment() { count.withLock { $0 += 1 } }
}

/// Hostile sourcing: deep blocks in every file of a deep `source` chain.
@Suite struct CheckerHostileSourceTests {
    @Test func deepBlocksInADeepSourceChainDoNotExhaustTheStack() {
        var files: [String: String] = [:]
        let open = String(repeating: "repeat 1 {\n", count: 199)
        let close = String(repeating: "}\n", count: 199)
        for level in 0...40 { files["/p/f\(level).grok"] = open + "source f\(level + 1).grok\n" + close }
        var harness = CheckerHarness()
        harness.files = files
        harness.baseDirectory = "/p"
        let checked = harness.check("source f0.grok")
        // f0's source sits in 199 blocks, f1's in 398: refused.
        #expect(checked.sourcedFiles.values.flatMap(\.diagnostics).map(\.id) == ["check.source-in-deep-blocks"])
        #expect(checked.sourcedFiles.count == 2)
    }
}
