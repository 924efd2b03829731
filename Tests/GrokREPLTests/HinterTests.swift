import GrokCore
import GrokScript
import Testing
@testable import GrokREPL

@Suite struct HinterTests {
    @Test func argumentSyntaxAfterACompleteCommandWord() {
        #expect(Hinter.hint(for: "ratio ") == "16:9|9:16|1:1|3:2|2:3")
        #expect(Hinter.hint(for: "wait ") == "[REF…|all] [timeout DURATION]")
        #expect(Hinter.hint(for: "download ") == CommandTable.spec(named: "download")?.arguments)
        #expect(Hinter.hint(for: "echo hi; image ") == "URL|PATH|none")
    }

    @Test func everyCommandHintsItsUsage() {
        for spec in CommandTable.commands {
            #expect(Hinter.hint(for: spec.name + " ") == (spec.arguments.isEmpty ? nil : spec.arguments), "\(spec.name)")
        }
    }

    @Test func theOneValueThatComesNext() {
        #expect(Hinter.hint(for: "submit as ") == "NAME")
        #expect(Hinter.hint(for: "download cat to ") == "PATH")
        #expect(Hinter.hint(for: "wait cat timeout ") == "DURATION")
        #expect(Hinter.hint(for: "echo hi ") == nil)
    }

    /// The braces of `${name}` close no block, so the hint still knows the command.
    @Test func bracedVariablesAndContinuationsKeepTheStatement() {
        #expect(Hinter.hint(for: "download ${task} to ") == "PATH")
        #expect(Hinter.hint(for: "wait ${a} timeout ") == "DURATION")
        #expect(Hinter.hint(for: "download cat \\\n  to ") == "PATH")
        #expect(Hinter.hint(for: "echo hi # ratio ") == nil)
    }

    @Test func noHintWhileTypingOrAfterArguments() {
        #expect(Hinter.hint(for: "ratio") == nil)
        #expect(Hinter.hint(for: "ratio 1") == nil)
        #expect(Hinter.hint(for: "ratio 16:9 ") == nil)
        #expect(Hinter.hint(for: "reset ") == nil)
        #expect(Hinter.hint(for: "nosuch ") == nil)
        #expect(Hinter.hint(for: "") == nil)
    }

    @Test func settingValues() {
        #expect(Hinter.hint(for: "set ") == "[KEY VALUE]")
        #expect(Hinter.hint(for: "set ratio ") == "16:9|9:16|1:1|3:2|2:3")
        #expect(Hinter.hint(for: "set overwrite ") == "on|off")
        #expect(Hinter.hint(for: "set timeout ") == "DURATION")
        #expect(Hinter.hint(for: "set retries ") == "0-10")
    }

    @Test func promptShowsTheSessionAtAGlance() {
        #expect(PromptText(draft: .empty, running: 0).plain == "grok> ")
        #expect(PromptText(draft: .complete, running: 0).plain == "grok[draft ✓]> ")
        #expect(PromptText(draft: .incomplete, running: 2).plain == "grok[draft … · 2 running]> ")
        #expect(PromptText(draft: .empty, running: 1).plain == "grok[1 running]> ")
        #expect(PromptText(draft: .complete, running: 0, place: "sandbox").plain == "grok(sandbox)[draft ✓]> ")
        #expect(PromptText(draft: .empty, running: 0, place: "staging.example.com").plain == "grok(staging.example.com)> ")
        let colored = PromptText(draft: .complete, running: 0).render(color: true)
        #expect(colored.contains("\u{1}\u{1B}[32m\u{1}✓\u{1}\u{1B}[0m\u{1}"))
    }

    @Test func candidatesInColumns() {
        #expect(CandidateColumns.format(["16:9", "9:16", "1:1"], width: 80) == "16:9  9:16  1:1\n")
        #expect(CandidateColumns.format(["aaaa", "bb", "cc"], width: 12) == "aaaa  cc\nbb\n")
    }
}
