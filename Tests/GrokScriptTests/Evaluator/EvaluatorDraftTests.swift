import Testing
@testable import GrokCore
@testable import GrokScript

/// Draft and option commands change the session and send nothing.
@Suite struct EvaluatorDraftTests {
    @Test func draftCommandsFillTheDraft() async {
        let run = await EvaluatorRun.run("""
            model grok_1_5
            prompt a   cat  surfing
            image https://example.com/cat.png
            duration 15s
            ratio 9:16
            """)
        #expect(run.status == .success)
        #expect(run.session.draft.model == "grok-imagine-video-1.5")
        #expect(run.session.draft.prompt == "a cat surfing")
        #expect(run.session.draft.image == .url("https://example.com/cat.png"))
        #expect(run.session.draft.duration == "15")
        #expect(run.session.draft.ratio == "9:16")
        #expect(run.service.calls.isEmpty)
    }

    @Test func imageNoneResetAndUnsetClear() async {
        let run = await EvaluatorRun.run("""
            prompt "a cat"
            image https://example.com/cat.png
            image none
            ratio 1:1
            unset ratio
            orientation portrait
            """)
        #expect(run.session.draft.image == nil)
        #expect(run.session.draft.ratio == nil)
        #expect(run.session.draft.orientation == "portrait")
        let reset = await EvaluatorRun.run("prompt \"a cat\"\nratio 1:1\nset poll-interval 2s\nreset")
        #expect(reset.session.draft.prompt == nil)
        #expect(reset.session.draft.ratio == nil)
        #expect(reset.session.options.pollInterval == .seconds(2), "reset keeps the session options")
    }

    @Test func setAndUnsetOptions() async {
        let run = await EvaluatorRun.run("set timeout 5m\nset overwrite on\nset retries 7\nunset retries")
        #expect(run.session.options.timeout == .seconds(300))
        #expect(run.session.options.overwrite)
        #expect(run.session.options.retries == run.session.initialOptions.retries)
        #expect(run.service.calls.isEmpty)
    }

    @Test func letEchoAndLoopsBindVariables() async {
        let run = await EvaluatorRun.run("""
            let animal = cat
            for n in 1 2 { echo "$animal $n" }
            repeat 2 { echo again }
            """)
        #expect(run.reporter.echoes == ["cat 1", "cat 2", "again", "again"])
        #expect(run.session.variables["animal"] == "cat")
        #expect(run.session.variables["n"] == "2")
    }

    @Test func aFalseAssertionIsARuntimeError() async {
        let run = await EvaluatorRun.run("assert a == b\necho never")
        #expect(run.status == .runtimeError)
        #expect(run.reporter.errorIDs == ["run.assertion-failed"])
        #expect(run.reporter.echoes.isEmpty)
        #expect(run.session.builtins[.error] != nil)
    }

    @Test func exitLeavesWithItsCode() async {
        let run = await EvaluatorRun.run("echo before\nexit 7\necho after")
        #expect(run.status.rawValue == 7)
        #expect(run.reporter.echoes == ["before"])
    }

    /// A value known only at run time that is wrong: status 2 while nothing was sent.
    @Test func aBadRuntimeValueBeforeAnythingIsSentIsAUsageError() async {
        let run = await EvaluatorRun.run("let r = 4:3\nratio $r")
        #expect(run.status == .usage)
        #expect(run.reporter.errorIDs == ["run.invalid-value"])
        #expect(run.service.calls.isEmpty)
    }

    /// The same error after a request went out is a runtime error: status 2 would promise nothing was sent.
    @Test func aBadRuntimeValueAfterARequestIsARuntimeError() async {
        let run = await EvaluatorRun.run("balance\nlet r = 4:3\nratio $r")
        #expect(run.service.calls("balances").count == 1)
        #expect(run.status == .runtimeError)
    }
}
