import Testing
@testable import GrokScript

/// Walks the command table: every command has help, every sentence its grammar allows
/// binds, and completion offers what the grammar expects at every position.
@Suite struct CommandTableTests {
    var harness: CheckerHarness {
        var harness = CheckerHarness()
        harness.files = ["cat.png": "", "settings.grok": ""]
        return harness
    }

    @Test func everyCommandHasHelp() {
        #expect(Set(CommandTable.names).count == CommandTable.commands.count)
        for spec in CommandTable.commands {
            #expect(HelpText.text(for: spec.name)?.hasPrefix("usage: \(spec.usage)\n") == true, "\(spec.name)")
            #expect(!spec.summary.isEmpty && !spec.example.isEmpty && !spec.related.isEmpty, "\(spec.name)")
        }
    }

    @Test func usageLinesAreWrittenFromTheGrammar() {
        let usages = Dictionary(uniqueKeysWithValues: CommandTable.commands.map { ($0.name, $0.usage) })
        #expect(usages["wait"] == "wait [REF…|all] [timeout DURATION]")
        #expect(usages["show"] == "show [draft|request|curl [status [REF]|download [REF]|upload PATH|balance]|response|exchange N|options|jobs|job [REF]]")
        #expect(usages["save"] == "save PATH")
        #expect(usages["save!"] == "save! PATH")
        #expect(usages["set"] == "set [KEY VALUE]")
        #expect(usages["image"] == "image URL|PATH|none")
        #expect(usages["for"] == "for NAME in ARG… { … } | NAME… in lines PATH { … }")
        #expect(usages["assert"] == "assert A ==|!= B")
        #expect(usages["let"] == "let NAME = VALUE")
        #expect(usages["help"] == "help [COMMAND|options|sandbox|teach|tutorial]")
        #expect(usages["reset"] == "reset")
    }

    /// The property test: every sentence the grammar generates (each optional part present
    /// and absent, each choice's every word) parses, checks clean and binds.
    @Test func everySentenceOfEveryUsageChecksClean() {
        var count = 0
        for spec in CommandTable.commands {
            let sentences = GrammarSentences.of(spec.grammar)
            #expect(!sentences.isEmpty, "\(spec.name)")
            for words in sentences {
                let line = ([spec.name] + words).joined(separator: " ")
                let checked = harness.check(line)
                #expect(checked.diagnostics.isEmpty, "\(line): \(checked.diagnostics.map(\.message))")
                #expect(checked.statements.count == 1, "\(line) did not bind")
                count += 1
            }
        }
        #expect(count > CommandTable.commands.count * 2)
    }

    /// Each word of a generated sentence is among what the grammar expects at its position.
    @Test func everyPositionOffersWhatFitsThere() {
        for spec in CommandTable.commands {
            for words in GrammarSentences.of(spec.grammar) {
                for (index, word) in words.enumerated() where !word.hasPrefix("{") {
                    let expectations = spec.expectations(after: Array(words[..<index]))
                    let fits = expectations.contains { expectation in
                        switch expectation {
                        case .word(let expected): expected == word
                        case .slot(let slot, _): GrammarSentences.sample(slot) == word || slot.words.contains(word)
                        }
                    }
                    #expect(fits, "\(spec.name) \(words[..<index].joined(separator: " ")) · \(word)")
                }
            }
        }
    }

    @Test func nothingIsExpectedPastTheEnd() {
        let ratio = CommandTable.spec(named: "ratio")
        #expect(ratio?.expectations(after: ["16:9"]).isEmpty == true)
        #expect(CommandTable.spec(named: "reset")?.expectations(after: []).isEmpty == true)
    }
}

/// Sentences a grammar allows, with a sample value in each slot.
enum GrammarSentences {
    static func of(_ parts: [GrammarPart]) -> [[String]] {
        parts.reduce([[]]) { sentences, part in
            sentences.flatMap { prefix in of(part).map { prefix + $0 } }
        }
    }

    static func of(_ part: GrammarPart) -> [[String]] {
        switch part {
        case .value(let slot): [[sample(slot)]] + slot.words.map { [$0] }
        case .values(let slot, let minimum): (minimum == 0 ? [[]] : []) + [[sample(slot)], [sample(slot), sample(slot)]] + slot.words.map { [$0] }
        case .keyword(let word): [[word]]
        case .optional(let group): [[]] + of(group)
        case .choice(let choice): choice.branches.flatMap { branch in of(branch.parts).map { [branch.word] + $0 } }
        case .alternatives(let forms): forms.flatMap(of)
        case .block: [["{ echo x }"]]
        }
    }

    static func sample(_ slot: Slot) -> String {
        if slot.file == .script { return "settings.grok" }
        switch slot.kind {
        case .choice(let values): return values.first ?? "x"
        case .videoDuration: return "10"
        case .duration: return "2s"
        case .count(let range): return String(range.lowerBound + 1)
        case .exitCode: return "0"
        case .url: return "https://example.com"
        case .path, .image: return "cat.png"
        case .taskName, .taskReference: return "cat"
        case .variableName: return "v"
        case .text: return "x"
        }
    }
}
