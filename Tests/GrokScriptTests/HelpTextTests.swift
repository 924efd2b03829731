import Testing
@testable import GrokScript

/// `help`, `help COMMAND` and `help options`, all built from the command table; `help sandbox`.
@Suite struct HelpTextTests {
    @Test func overviewListsEveryCommandOnceUnderItsGroup() {
        let text = HelpText.overview()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for spec in CommandTable.commands {
            #expect(lines.filter { $0.hasPrefix("  \(spec.name) ") }.count == 1, "\(spec.name)")
        }
        let headings = lines.filter { !$0.isEmpty && !$0.hasPrefix(" ") }.dropFirst()
        #expect(headings == ["The draft (the request being composed)", "Tasks", "Scripting", "Session"])
    }

    @Test func overviewColumnsAreAligned() {
        let text = HelpText.overview()
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(rows.count == CommandTable.commands.count)
        // "orientation" is the longest name: every summary starts two columns after it.
        let summaryColumn = 2 + "orientation".count + 2
        for row in rows {
            let characters = Array(row)
            #expect(characters[summaryColumn - 1] == " " && characters[summaryColumn] != " ", "\(row)")
        }
        #expect(text.contains("\n  ratio        Set the aspect ratio. It takes precedence over orientation.\n"))
    }

    @Test func commandHelpHasUsageExampleAndRelated() {
        #expect(HelpText.text(for: "wait") == """
        usage: wait [REF…|all] [timeout DURATION]

        Poll tasks until each finishes, all at once, showing progress; prints each video URL.

        example:
          wait cat timeout 10m

        related: status, download

        """)
    }

    @Test func everyCommandHasHelpAndItsExampleChecksClean() {
        var harness = CheckerHarness()
        harness.files = ["cat.png": "", "prompts.txt": "a", "prompts.tsv": "cat\ta cat", "settings.grok": ""]
        for spec in CommandTable.commands {
            let text = HelpText.text(for: spec.name)
            #expect(text?.hasPrefix("usage: \(spec.usage)\n") == true, "\(spec.name)")
            #expect(!spec.related.isEmpty, "\(spec.name)")
            let example = spec.example.replacingOccurrences(of: "$task $status", with: "x")
            #expect(harness.check("let out = 1\n" + example).diagnostics.filter { $0.severity == .error }.isEmpty, "\(spec.example)")
        }
    }

    @Test func relatedCommandsExist() {
        let showTargets = Set(ShowSubject.allCases.map { "show " + $0.rawValue })
        for spec in CommandTable.commands {
            for related in spec.related {
                #expect(CommandTable.spec(named: related) != nil || showTargets.contains(related), "\(spec.name): \(related)")
            }
        }
    }

    @Test func optionsListDefaults() {
        let text = HelpText.options()
        for (key, value) in [
            ("base-url", "default https://www.jimmyai.cn"), ("output-dir", "default ."), ("poll-interval", "default 5s"),
            ("max-poll-interval", "default 15s"), ("timeout", "default 30m"), ("retries", "default 4"),
            ("auto-download", "default off"), ("overwrite", "default off"), ("on-error", "default stop"),
            ("format", "default text"), ("color", "default auto"), ("trace", "default off"),
            ("max-tasks", "default 100"),
        ] {
            let line = text.split(separator: "\n").first { $0.hasPrefix("  \(key) ") }
            #expect(line?.contains(value) == true, "\(key)")
        }
        #expect(text.contains("\n  on-error           stop|continue   default stop                    stop the script at the first failed command, or continue\n"))
        #expect(text.contains("Draft fields"))
        #expect(HelpText.text(for: "options") == text)
    }

    @Test func unknownTopicHasNoText() {
        #expect(HelpText.text(for: "nope") == nil)
        #expect(HelpText.text(for: nil) == HelpText.overview())
        #expect(HelpText.topics.contains("options"))
    }

    @Test func sandboxIsATopicNotACommand() {
        #expect(HelpText.topics.contains("sandbox"))
        #expect(CommandTable.spec(named: "sandbox") == nil)
        #expect(HelpText.text(for: "sandbox") == HelpText.sandbox)
        #expect(HelpText.overview().hasPrefix(
            "Commands (help COMMAND for one in detail; also help options, help sandbox, help teach, help tutorial):\n"))
    }
}
