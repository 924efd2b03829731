import Testing
@testable import GrokScript

/// The rehearsal looks for the stand-in mark in every variable it reads, byte by byte.
@Suite struct StandInTests {
    @Test(arguments: [
        ("", false),
        ("plain ascii", false),
        (StandIn.marked("rehearsal-1"), true),
        ("out/" + StandIn.marked("task") + ".mp4", true),
        ("ends with " + String(StandIn.mark), true),
        // Characters sharing the mark's first UTF-8 bytes are not the mark.
        ("\u{F8FE}\u{F8F0}\u{E000}", false),
        ("猫が波に乗る \u{F8FE}", false),
        ("\u{F8FE}" + String(StandIn.mark), true),
    ])
    func findsTheMark(value: String, marked: Bool) {
        #expect(StandIn.isIn(value) == marked)
    }

    @Test func markingTwiceMarksOnce() {
        let once = StandIn.marked("x")
        #expect(StandIn.marked(once) == once)
    }
}
