import Testing
@testable import DidYouMean

@Suite struct SuggestionTests {
    @Test func editDistanceCountsASwapAsOneEdit() {
        func distance(_ a: String, _ b: String) -> Int {
            Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(distance("repaet", "repeat") == 1)
        #expect(distance("fro", "for") == 1)
        #expect(distance("", "abc") == 3)
        #expect(distance("kitten", "sitting") == 3)
    }

    @Test func closestAllowsAboutOneEditPerThreeLetters() {
        #expect(Suggestion.closest(to: "rpeat", among: ["for", "repeat"]) == "repeat")
        #expect(Suggestion.closest(to: "Repeat", among: ["for", "repeat"]) == "repeat")
        #expect(Suggestion.closest(to: "fr", among: ["for", "repeat"]) == "for")
        #expect(Suggestion.closest(to: "do", among: ["for", "repeat"]) == nil)
        #expect(Suggestion.closest(to: "echo", among: ["for", "repeat"]) == nil)
        #expect(Suggestion.closest(to: "for", among: ["for", "repeat"]) == nil)
    }

    @Test func onlyWordsOfAboutTheSameLengthAreCompared() {
        let candidates = ["for", "repeat", "submit", "download"]
        #expect(Suggestion.candidatesWithinReach(of: 6, among: candidates) == ["repeat", "submit", "download"])
        #expect(Suggestion.candidatesWithinReach(of: 2, among: candidates) == ["for"])
        // A one-million-letter word is compared with nothing: no edit-distance table is built.
        #expect(Suggestion.candidatesWithinReach(of: 1_000_000, among: candidates).isEmpty)
        #expect(Suggestion.closest(to: String(repeating: "{", count: 1_000_000), among: candidates) == nil)
    }

    @Test func editDistanceReusesItsRowsCorrectly() {
        func distance(_ a: String, _ b: String) -> Int {
            Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(distance("abcdef", "badcfe") == 3)
        #expect(distance("download", "dwonlaod") == 2)
        #expect(distance("a", "") == 1)
    }
}
