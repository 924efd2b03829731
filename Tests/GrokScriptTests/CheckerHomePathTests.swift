import Testing
@testable import GrokScript

/// `~/…` paths are checked where they will point when the script runs.
@Suite struct CheckerHomePathTests {
    @Test func homePathsAreCheckedInTheHomeDirectory() {
        var harness = CheckerHarness(files: ["/home/u/cat.png": "png", "/home/u/settings.grok": "ratio 9:16\n"])
        harness.homeDirectory = "/home/u"
        #expect(harness.ids("image ~/cat.png\nsource ~/settings.grok") == [])
        #expect(harness.ids("image ~/dog.png") == ["check.unreadable-file"])
    }

    @Test func withoutAHomeDirectoryTildeIsAnOrdinaryName() {
        let harness = CheckerHarness(files: ["/home/u/cat.png": "png"])
        #expect(harness.ids("image ~/cat.png") == ["check.unreadable-file"])
    }

    @Test func expandingHomeLeavesOtherTildesAlone() {
        #expect(FilePath.expandingHome("~/a.png", home: "/h") == "/h/a.png")
        #expect(FilePath.expandingHome("~", home: "/h") == "/h")
        #expect(FilePath.expandingHome("~bob/a.png", home: "/h") == "~bob/a.png")
        #expect(FilePath.expandingHome("a/~/b", home: "/h") == "a/~/b")
    }
}
