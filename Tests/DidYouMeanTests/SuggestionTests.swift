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
}
