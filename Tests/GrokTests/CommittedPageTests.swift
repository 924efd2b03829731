import Foundation
import Testing
import TestSupport

/// A committed page that differs from the run's fails, naming the lines; recording rewrites it.
@Suite struct CommittedPageTests {
    @Test func aChangedPageIsCaughtAndRecordingRewritesIt() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let page = CommittedPage(url: URL(fileURLWithPath: try scratch.write("page.md", "# Page\n| a | 1 |\n| b | 2 |\n")), suite: "SomeTests")
        #expect(try page.differences(from: "# Page\n| a | 1 |\n| b | 2 |\n", recording: false).isEmpty)
        #expect(try page.differences(from: "# Page\n| a | 1 |\n| b | 3 |\n", recording: false) == [
            "page.md is not what this run produced (1 lines removed, 1 added): review the change, then rewrite it with RECORD=1 swift test --filter SomeTests",
            "- line 3, committed: | b | 2 |",
            "+ line 3, this run: | b | 3 |",
        ])
        #expect(try page.differences(from: "# Page\n", recording: true).isEmpty)
        #expect(try String(contentsOf: page.url, encoding: .utf8) == "# Page\n")
        #expect(try page.differences(from: "# Page\n| a | 1 |\n", recording: false).count == 2)
    }
}
