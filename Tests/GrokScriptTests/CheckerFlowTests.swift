import GrokSyntax
import Testing
@testable import GrokScript

/// The draft as it flows through a script: `submit` with no prompt or image,
/// and `orientation` under a ratio.
@Suite struct CheckerFlowTests {
    /// A fresh script: no prompt, no image, no ratio.
    private var harness: CheckerHarness {
        var harness = CheckerHarness()
        harness.hasPrompt = false
        harness.hasImage = false
        harness.files = ["cat.png": "", "prompts.txt": "a\n"]
        return harness
    }

    @Test func submitWithNothingSetReportsBoth() {
        let checked = harness.check("submit as a")
        #expect(checked.diagnostics.map(\.id) == ["check.submit-without-prompt", "check.submit-without-image"])
        #expect(checked.diagnostics.map(\.message) == ["'submit' is reached with no prompt", "'submit' is reached with no image"])
        #expect(checked.diagnostics.allSatisfy { checked.source.text(of: $0.range) == "submit" })
        #expect(checked.diagnostics.first?.notes == [.hint("set one before it: prompt \"a cat surfing at sunset\"")])
        #expect(checked.statements.isEmpty)
    }

    @Test(arguments: [
        "prompt a\nimage cat.png\nsubmit",
        "set prompt a\nset image https://x.test/a.png\nsubmit",
        "prompt a; image cat.png; submit; submit",
        "for p in a b { prompt $p }\nimage cat.png\nsubmit",
        "repeat 1 { prompt a; image cat.png }\nsubmit",
        "let f = cat.png\nprompt a\nimage $f\nsubmit",
    ])
    func submitAfterTheDraftIsComplete(_ text: String) {
        #expect(harness.ids(text) == [])
    }

    @Test(arguments: [
        ("image cat.png\nsubmit", ["check.submit-without-prompt"]),
        ("prompt a\nsubmit", ["check.submit-without-image"]),
        ("prompt a\nimage cat.png\nreset\nsubmit", ["check.submit-without-prompt", "check.submit-without-image"]),
        ("prompt a\nimage cat.png\nunset prompt\nsubmit", ["check.submit-without-prompt"]),
        ("prompt a\nimage cat.png\nimage none\nsubmit", ["check.submit-without-image"]),
        ("prompt a\nimage cat.png\nset image none\nsubmit", ["check.submit-without-image"]),
        ("prompt a\nimage cat.png\nunset image\nsubmit", ["check.submit-without-image"]),
        // The body's first run sees the state before the loop.
        ("image cat.png\nrepeat 3 { submit; prompt a }", ["check.submit-without-prompt"]),
        // A loop that surely runs leaves its state behind.
        ("prompt a\nimage cat.png\nrepeat 2 { reset }\nsubmit", ["check.submit-without-prompt", "check.submit-without-image"]),
        ("prompt a\nimage cat.png\nfor x in a { unset prompt }\nsubmit", ["check.submit-without-prompt"]),
    ])
    func submitWithSomethingMissing(_ text: String, _ expected: [String]) {
        #expect(harness.ids(text) == expected)
    }

    @Test(arguments: [
        // A loop that may not run leaves the draft unknown: no false alarm.
        "image cat.png\nfor p in lines prompts.txt { prompt $p }\nsubmit",
        "image cat.png\nrepeat 0 { prompt a }\nsubmit",
        "image cat.png\nlet n = 2\nrepeat $n { prompt a }\nsubmit",
        "prompt a\nimage cat.png\nfor p in lines prompts.txt { reset }\nsubmit",
    ])
    func loopsThatMayNotRunAssumeSet(_ text: String) {
        #expect(harness.ids(text) == [])
    }

    @Test func theSessionDraftCounts() {
        var harness = self.harness
        harness.hasPrompt = true
        #expect(harness.ids("submit") == ["check.submit-without-image"])
        harness.hasImage = true
        #expect(harness.ids("submit") == [])
    }

    @Test func orientationUnderARatioWarns() {
        let checked = harness.check("ratio 9:16\nduration 10\norientation portrait")
        #expect(checked.diagnostics.count == 1)
        let warning = checked.diagnostics.first
        #expect(warning?.id == "check.orientation-ignored")
        #expect(warning?.severity == .warning)
        #expect(warning?.message == "orientation is used only when no ratio is set")
        #expect(warning?.label == "ignored: the ratio set on line 1 wins")
        #expect(checked.source.text(of: warning?.range ?? SourceRange(start: 0, end: 0)) == "orientation portrait")
        // A warning does not drop the statement or block the script.
        #expect(checked.statements.count == 3)
        #expect(!checked.hasErrors)
    }

    @Test func orientationWarningRendersAsAWarning() {
        let checked = harness.check("set ratio 1:1\nset orientation landscape")
        #expect(DiagnosticRenderer().render(checked.diagnostics, in: checked.source) == """
        warning: orientation is used only when no ratio is set
          --> t.grok:2:1
           |
         2 | set orientation landscape
           | ^^^^^^^^^^^^^^^^^^^^^^^^^ ignored: the ratio set on line 1 wins
           = hint: use 'unset ratio' first, or set the ratio you want (landscape is 16:9, portrait 9:16)

        """)
    }

    @Test(arguments: [
        "orientation portrait",
        "ratio 9:16\nunset ratio\norientation portrait",
        "ratio 9:16\nreset\norientation portrait",
        "for r in lines prompts.txt { ratio 1:1 }\norientation portrait",
        "orientation portrait\nratio 9:16",
    ])
    func orientationWithoutASureRatioIsQuiet(_ text: String) {
        #expect(harness.ids(text) == [])
    }

    @Test func theSessionRatioCounts() {
        var harness = self.harness
        harness.hasRatio = true
        #expect(harness.only("orientation landscape")?.label == "ignored: the draft has a ratio")
    }

    @Test func anInvalidOrientationIsAnErrorNotAWarning() {
        #expect(harness.ids("ratio 1:1\norientation sideways") == ["check.invalid-value"])
    }
}
