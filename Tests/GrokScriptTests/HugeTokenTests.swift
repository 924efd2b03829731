import DidYouMean
import GrokSyntax
import Testing
@testable import GrokScript

/// One 1M-character word of `{` costs what any other megabyte costs (issue 10, item 8):
/// one token, one diagnostic, and no did-you-mean table built against a million letters.
@Suite struct HugeTokenTests {
    static let word = String(repeating: "{", count: 1_000_000)

    @Test func aHugeWordIsOneTokenAndOneDiagnostic() {
        let source = SourceFile(name: "t.grok", text: Self.word + "\n")
        let lexed = Lexer.tokenize(source)
        #expect(lexed.tokens.count == 3) // the word, the newline, the end
        #expect(lexed.diagnostics.isEmpty)
        let checked = CheckerHarness().check(Self.word + "\n")
        #expect(checked.diagnostics.map(\.id) == ["check.unknown-command"])
        #expect(checked.diagnostics.first?.message.count ?? 0 < 200)
    }

    @Test func noCommandIsWithinReachOfAHugeWord() {
        #expect(Suggestion.candidatesWithinReach(of: Self.word.unicodeScalars.count, among: CommandTable.names).isEmpty)
    }
}
