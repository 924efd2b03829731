import Testing
@testable import GrokScript

/// What each command form binds to (the evaluator's input), on clean input.
@Suite struct CheckerCommandTests {
    private let harness = CheckerHarness()

    private func bound(_ text: String) -> [String] {
        let checked = harness.check(text)
        #expect(checked.diagnostics.isEmpty, "\(text): \(checked.diagnostics.map(\.message))")
        return harness.bound(text).map(BoundSummary.describe)
    }

    @Test(arguments: [
        ("model grok-1.5", "set model grok-1.5"),
        ("model GROK_1_5", "set model GROK_1_5"),
        ("prompt a  cat \"on a  board\"", "set prompt a cat on a  board"),
        ("image https://x.test/cat.png", "set image https://x.test/cat.png"),
        ("image none", "unset image"),
        ("duration 15s", "set duration 15s"),
        ("ratio 9:16", "set ratio 9:16"),
        ("orientation portrait", "set orientation portrait"),
        ("set", "listSettings"),
        ("set ratio 1:1", "set ratio 1:1"),
        ("set poll-interval 2s", "set poll-interval 2s"),
        ("set retries 10", "set retries 10"),
        ("set image none", "unset image"),
        ("set image https://x.test/a.png", "set image https://x.test/a.png"),
        ("unset ratio", "unset ratio"),
        ("reset", "reset"),
        ("show", "show draft"),
        ("show request", "show request"),
        ("show curl", "show curl"),
        ("show curl status", "show curl status -"),
        ("show curl status cat", "show curl status cat"),
        ("show curl download cat", "show curl download cat"),
        ("show curl upload cat.png", "show curl upload cat.png"),
        ("show curl balance", "show curl balance"),
        ("show options", "show options"),
        ("show jobs", "show jobs"),
        ("show job", "show job -"),
        ("show job cat", "show job cat"),
        ("submit", "submit -"),
        ("submit as cat-1", "submit cat-1"),
        ("wait", "wait last timeout -"),
        ("wait all", "wait all timeout -"),
        ("wait a b timeout 5m", "wait [a, b] timeout 5m"),
        ("wait timeout 1m30s", "wait last timeout 1m30s"),
        ("wait last", "wait [last] timeout -"),
        ("status", "status last"),
        ("status all", "status all"),
        ("status a b", "status [a, b]"),
        ("download", "download - to -"),
        ("download cat", "download cat to -"),
        ("download to out.mp4", "download - to out.mp4"),
        ("download cat to out.mp4", "download cat to out.mp4"),
        ("download all", "download all to -"),
        ("download all to out", "download all to out"),
        ("jobs", "jobs all=false"),
        ("jobs all", "jobs all=true"),
        ("balance", "balance"),
        ("echo", "echo []"),
        ("echo a \"b c\"", "echo [a, b c]"),
        ("sleep 250ms", "sleep 250ms"),
        ("help", "help -"),
        ("help wait", "help wait"),
        ("help options", "help options"),
        ("exit", "exit -"),
        ("exit 3", "exit 3"),
        ("quit", "exit -"),
    ])
    func binds(_ text: String, _ expected: String) {
        #expect(bound(text) == [expected])
    }

    @Test func filesThatExistBind() {
        var harness = CheckerHarness()
        harness.files = ["cat.png": "", "lib.grok": "echo hi", "prompts.txt": "a\nb"]
        #expect(harness.bound("image cat.png\nupload cat.png\nsource lib.grok").map(BoundSummary.describe)
            == ["set image cat.png", "upload cat.png", "source lib.grok"])
        #expect(harness.check("for p in lines prompts.txt { echo $p }").diagnostics.isEmpty)
    }

    @Test func interpolatedValuesAreLeftToRunTime() {
        let text = "let r = 4:3\nratio $r\nduration ${r}s\nsleep $r\nimage $r.png\nexit $r\nrepeat $r { echo }"
        let checked = harness.check(text)
        #expect(checked.diagnostics.isEmpty)
        #expect(checked.statements.count == 7)
    }

    @Test func quotedKeywordsAreValuesNotKeywords() {
        // "as", "all" and "to" quoted are references, so each form is an error or a plain ref.
        #expect(harness.bound("status \"all\"").map(BoundSummary.describe) == ["status [all]"])
        #expect(harness.bound("download 'to'").map(BoundSummary.describe) == ["download to to -"])
    }

    @Test func structuralStatementsAreKept() {
        let checked = harness.check("let x = 1\nfor w in a b { echo $w }\nrepeat 2 { echo $x }\nassert $x == 1")
        #expect(checked.diagnostics.isEmpty)
        guard checked.statements.count == 4, case .for(_, let body) = checked.statements[1],
              case .repeat(_, let repeated) = checked.statements[2] else {
            Issue.record("unexpected statements: \(checked.statements)")
            return
        }
        #expect(body.count == 1)
        #expect(repeated.count == 1)
    }

    @Test func aCleanScriptHasNoDiagnostics() {
        var harness = CheckerHarness()
        harness.hasPrompt = false
        harness.hasImage = false
        harness.files = ["cat.png": ""]
        let checked = harness.check("""
        #!/usr/bin/env grok
        model grok-1.5
        prompt "a cat surfing at sunset"
        image cat.png
        duration 10; ratio 16:9
        set output-dir videos
        show request
        submit as cat
        wait cat timeout 10m
        download cat to videos/cat.mp4
        echo "done: $task $file"
        """)
        #expect(checked.diagnostics.isEmpty)
        #expect(!checked.hasErrors)
        #expect(checked.statements.count == 11)
    }
}
