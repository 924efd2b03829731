import GrokSyntax
import Testing
@testable import GrokScript

/// Every diagnostic of the checker: id, message, label, hint, where it points,
/// and that the statement is dropped.
@Suite struct CheckerErrorTests {
    private let harness = CheckerHarness()

    /// A script with exactly one diagnostic, and that diagnostic.
    private func diagnostic(_ text: String, covering expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        let checked = harness.check(text)
        #expect(checked.diagnostics.count == 1, "\(checked.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        guard let diagnostic = checked.diagnostics.first else { return nil }
        #expect(checked.source.text(of: diagnostic.range) == expected, sourceLocation: sourceLocation)
        return diagnostic
    }

    @Test func unknownCommandSuggestsAndPointsAtHelp() {
        let found = diagnostic("rattio 16:9", covering: "rattio")
        #expect(found?.id == "check.unknown-command")
        #expect(found?.message == "unknown command 'rattio'")
        #expect(found?.label == "did you mean 'ratio'?")
        #expect(found?.notes == [Diagnostic.Note.hint("run 'help' to list the commands")])
        #expect(diagnostic("frobnicate", covering: "frobnicate")?.label == "not a command")
    }

    @Test func quotedKeyword() {
        let found = diagnostic("'let' x = 1", covering: "'let'")
        #expect(found?.id == "check.quoted-keyword")
        #expect(found?.message == "'let' is a keyword only when written without quotes")
        #expect(found?.notes == [Diagnostic.Note.hint("remove the quotes: let NAME = VALUE")])
    }

    @Test(arguments: [
        ("model", "NAME"), ("prompt", "TEXT…"), ("image", "URL|PATH|none"), ("duration", "10|15"),
        ("ratio", "16:9|9:16|1:1|3:2|2:3"), ("orientation", "landscape|portrait"), ("unset", "KEY"),
        ("upload", "PATH"), ("sleep", "DURATION"), ("source", "PATH"),
    ])
    func missingArgumentPointsPastTheCommand(_ command: String, _ expected: String) {
        let text = command + "   "
        let found = harness.only(text)
        #expect(found?.id == "check.missing-argument")
        #expect(found?.message == "expected \(expected) after '\(command)'")
        #expect(found?.range == SourceRange(start: command.utf8.count, end: command.utf8.count))
        #expect(found?.notes.first?.message.hasPrefix("usage: \(command)") == true)
        #expect(harness.check(text).statements.isEmpty)
    }

    @Test func missingKeywordValues() {
        #expect(diagnostic("submit as", covering: "")?.message == "expected NAME after 'as'")
        #expect(diagnostic("wait a timeout", covering: "")?.message == "expected DURATION after 'timeout'")
        #expect(diagnostic("download cat to", covering: "")?.message == "expected PATH after 'to'")
        #expect(diagnostic("set ratio", covering: "")?.message == "expected 16:9|9:16|1:1|3:2|2:3 after 'set ratio'")
    }

    @Test(arguments: [
        ("model a b c", "b c"), ("ratio 16:9 9:16", "9:16"), ("reset now", "now"), ("balance x", "x"),
        ("quit 0", "0"), ("exit 0 1", "1"), ("help wait now", "now"), ("sleep 1 2", "2"),
        ("set prompt a cat", "cat"), ("show draft x", "x"), ("show job a b", "b"), ("submit as a b", "b"),
        ("wait timeout 5m 6m", "6m"), ("download a to b c", "c"), ("jobs all all", "all"), ("unset a b", "b"),
    ])
    func extraArgumentsAreUnderlinedTogether(_ text: String, _ extra: String) {
        let found = diagnostic(text, covering: extra)
        #expect(found?.id == "check.extra-arguments")
        #expect(found?.message.hasPrefix("too many arguments to '") == true)
        #expect(found?.notes.first?.message.hasPrefix("usage: ") == true)
    }

    @Test func unexpectedArguments() {
        let submit = diagnostic("submit cat", covering: "cat")
        #expect(submit?.id == "check.unexpected-argument")
        #expect(submit?.message == "unexpected 'cat' after 'submit'")
        #expect(submit?.label == "expected 'as NAME'")
        #expect(submit?.notes == [Diagnostic.Note.hint("usage: submit [as NAME]")])
        #expect(diagnostic("jobs everything", covering: "everything")?.label == "expected 'all'")
        #expect(diagnostic("download a b", covering: "b")?.label == "expected 'to PATH'")
        #expect(diagnostic("download a b to c", covering: "b")?.label == "expected 'to PATH'")
    }

    @Test func allStandsAlone() {
        let found = diagnostic("wait a all timeout 1m", covering: "all")
        #expect(found?.id == "check.all-not-alone")
        #expect(found?.message == "'all' cannot be combined with task references")
        #expect(found?.notes == [Diagnostic.Note.hint("write 'wait all', or list the tasks without 'all'")])
        #expect(diagnostic("status all b", covering: "all")?.id == "check.all-not-alone")
    }

    @Test func keywordPositionsMustBeLiteral() {
        var harness = CheckerHarness()
        harness.variables = ["k"]
        for (text, what) in [("set $k 1", "key of 'set'"), ("unset $k", "key of 'unset'"),
                             ("show $k", "target of 'show'"), ("help $k", "topic of 'help'")] {
            let found = harness.only(text)
            #expect(found?.id == "check.not-literal")
            #expect(found?.message == "the \(what) must be written out")
        }
    }

    @Test func unknownSettingSuggests() {
        let found = diagnostic("set ratoi 1:1", covering: "ratoi")
        #expect(found?.id == "check.unknown-setting")
        #expect(found?.message == "unknown setting 'ratoi'")
        #expect(found?.label == "did you mean 'ratio'?")
        #expect(diagnostic("unset pol-interval", covering: "pol-interval")?.label == "did you mean 'poll-interval'?")
        #expect(diagnostic("set speed 2", covering: "speed")?.label == "not a draft field or session option")
    }

    @Test func unknownShowTargetSuggests() {
        let found = diagnostic("show curll", covering: "curll")
        #expect(found?.id == "check.unknown-show-target")
        #expect(found?.message == "'show' cannot show 'curll'")
        #expect(found?.label == "did you mean 'curl'?")
    }

    @Test func unknownHelpTopicSuggests() {
        let found = diagnostic("help stauts", covering: "stauts")
        #expect(found?.id == "check.unknown-help-topic")
        #expect(found?.message == "no help for 'stauts'")
        #expect(found?.label == "did you mean 'status'?")
        #expect(diagnostic("help optoins", covering: "optoins")?.label == "did you mean 'options'?")
    }

    @Test func ratioMatchesTheSpecExample() {
        let text = "model grok-1.5\nprompt a cat\nratio 4:3\nsubmit\n"
        let checked = harness.check(text, name: "demo.grok")
        #expect(DiagnosticRenderer().render(checked.diagnostics, in: checked.source) == """
        error: unsupported ratio '4:3'
          --> demo.grok:3:7
           |
         3 | ratio 4:3
           |       ^^^ expected one of 16:9, 9:16, 1:1, 3:2, 2:3

        """)
        #expect(checked.diagnostics.first?.id == "check.invalid-value")
        #expect(checked.statements.count == 3)
    }

    @Test(arguments: [
        ("model grok-2", "grok-2", "unknown model 'grok-2'"),
        ("duration 12", "12", "unsupported duration '12'"),
        ("orientation portriat", "portriat", "unsupported orientation 'portriat'"),
        ("set auto-download yes", "yes", "unsupported auto-download value 'yes'"),
        ("set color purple", "purple", "unsupported color value 'purple'"),
        ("set retries 11", "11", "expected a whole number from 0 to 10, not '11'"),
        ("set timeout soon", "soon", "invalid duration 'soon'"),
        ("set base-url ftp://x", "ftp://x", "invalid URL 'ftp://x'"),
        ("sleep 5x", "5x", "invalid duration '5x'"),
        ("wait timeout forever", "forever", "invalid duration 'forever'"),
        ("exit 256", "256", "expected an exit status from 0 to 255, not '256'"),
        ("submit as all", "all", "invalid task name 'all'"),
        ("submit as \"a b\"", "\"a b\"", "invalid task name 'a b'"),
        ("repeat 1000001 { echo }", "1000001", "expected a whole number from 0 to 1000000, not '1000001'"),
        ("repeat many { echo }", "many", "expected a whole number from 0 to 1000000, not 'many'"),
    ])
    func invalidLiteralValues(_ text: String, _ value: String, _ message: String) {
        let found = diagnostic(text, covering: value)
        #expect(found?.id == "check.invalid-value")
        #expect(found?.message == message)
    }

    @Test func misspeltWordsGetADidYouMean() {
        #expect(diagnostic("orientation portriat", covering: "portriat")?.label
            == "did you mean 'portrait'? expected one of landscape, portrait")
        #expect(diagnostic("model grok-1.6", covering: "grok-1.6")?.label
            == "did you mean 'grok-1.5'? expected one of grok-imagine-video-1.5, grok-1.5, grok_1_5")
        let duration = diagnostic("sleep 5x", covering: "5x")
        #expect(duration?.label == "write it like 250ms, 10s, 5m, 1h or 1m30s")
        #expect(duration?.notes == [Diagnostic.Note]())
    }

    @Test func rangeProblemsStillGetALabel() {
        #expect(diagnostic("exit 300", covering: "300")?.label == "not accepted here")
    }

    @Test func builtinsCannotBeRebound() {
        let found = diagnostic("let task = x", covering: "task")
        #expect(found?.id == "check.builtin-variable")
        #expect(found?.message == "'task' is a built-in variable and cannot be bound")
        #expect(found?.notes == [Diagnostic.Note.hint("pick another name, such as 'my_task'")])
        #expect(diagnostic("for status in a b { echo $status }", covering: "status")?.id == "check.builtin-variable")
    }

    @Test func unreadableFiles() {
        var harness = CheckerHarness()
        harness.baseDirectory = "/scripts"
        harness.directories = ["/scripts/shots"]
        let checked = harness.check("image cat.png\nupload /abs/x.bin\nfor p in lines shots { echo $p }\nset image ./a/../cat.png")
        #expect(checked.diagnostics.map(\.id) == Array(repeating: "check.unreadable-file", count: 4))
        #expect(checked.diagnostics.map(\.message) == [
            "cannot read 'cat.png': no such file", "cannot read '/abs/x.bin': no such file",
            "cannot read 'shots': it is a directory", "cannot read './a/../cat.png': no such file",
        ])
        #expect(checked.diagnostics.map(\.notes) == [
            [.note("resolved to /scripts/cat.png")], [], [.note("resolved to /scripts/shots")],
            [.note("resolved to /scripts/cat.png")],
        ])
        #expect(checked.diagnostics.map { checked.source.text(of: $0.range) } == ["cat.png", "/abs/x.bin", "shots", "./a/../cat.png"])
        #expect(checked.statements.isEmpty)
    }

    @Test func imageURLsAreNotFiles() {
        #expect(harness.check("image https://x.test/missing.png\nimage HTTP://x.test/a.png").diagnostics.isEmpty)
    }

    @Test func everyErrorInAFileIsReported() {
        let text = "rattio 16:9\nratio 4:3\necho $nope\nset speed 2\nshow everything\nwait a all\n}\nsleep"
        #expect(harness.ids(text) == [
            "check.unknown-command", "check.invalid-value", "check.undefined-variable", "check.unknown-setting",
            "check.unknown-show-target", "check.all-not-alone", "parse.unmatched-brace", "check.missing-argument",
        ])
    }

    @Test func renderedWithHintAndNote() {
        var harness = CheckerHarness()
        harness.baseDirectory = "/s"
        let checked = harness.check("echo ok\nimage cat.png", name: "demo.grok")
        #expect(DiagnosticRenderer().render(checked.diagnostics, in: checked.source) == """
        error: cannot read 'cat.png': no such file
          --> demo.grok:2:7
           |
         2 | image cat.png
           |       ^^^^^^^ not found
           = note: resolved to /s/cat.png

        """)
    }

    @Test func renderedMissingArgument() {
        let checked = harness.check("submit as", name: "t.grok")
        #expect(DiagnosticRenderer().render(checked.diagnostics, in: checked.source) == """
        error: expected NAME after 'as'
          --> t.grok:1:10
           |
         1 | submit as
           |          ^ missing NAME
           = hint: usage: submit [as NAME]

        """)
    }

    @Test func manyNamesAndManyUndefinedReadsStayBounded() {
        var text = ""
        for index in 0..<3_000 { text += "let v\(index) = \(index)\n" }
        for index in 0..<20_000 { text += "echo $w\(index)\n" }
        let diagnostics = harness.check(text).diagnostics
        #expect(diagnostics.count == 1_001)
        // Past 1,000 known names no did-you-mean is searched.
        #expect(diagnostics.first?.label == "not defined before this point")
        #expect(diagnostics.last?.id == "check.too-many-errors")
    }

    @Test func tooManyErrorsStopsAtTheLimit() {
        let text = String(repeating: "nope\n", count: 1_200)
        let ids = harness.ids(text)
        #expect(ids.count == 1_001)
        #expect(ids.last == "check.too-many-errors")
    }
}
