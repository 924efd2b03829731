import Testing
@testable import GrokScript

@Suite struct LineFieldsTests {
    @Test func tabsSeparateFieldsThatHoldBlanks() {
        #expect(LineFields.split("cat\ta cat surfing", into: 2) == ["cat", "a cat surfing"])
        #expect(LineFields.split("cat\t\tlast", into: 3) == ["cat", "", "last"])
        #expect(LineFields.split("a\tb\tc\td", into: 2) == ["a", "b\tc\td"])
    }

    @Test func runsOfBlanksSeparateWhenThereIsNoTab() {
        #expect(LineFields.split("  dog   a dog  skating  ", into: 2) == ["dog", "a dog  skating"])
        #expect(LineFields.split("a b c", into: 3) == ["a", "b", "c"])
    }

    @Test func fewerFieldsThanNamesComeBackShort() {
        #expect(LineFields.split("dog", into: 2) == ["dog"])
        #expect(LineFields.split("dog   ", into: 2) == ["dog"])
        #expect(LineFields.split("a\tb", into: 3) == ["a", "b"])
    }
}
