import Foundation
import GrokCore
@testable import GrokReport
import Testing

/// The JUnit XML: one suite per script, one case per task, a failure or an error as the
/// task ended, every value escaped for XML.
@Suite struct JUnitReportTests {
    static func xml(_ jobs: [Job]) -> String {
        (try? JUnitReport(jobs: jobs, generatedAt: ReportJobs.start).render()) ?? ""
    }

    @Test func oneSuitePerScriptAndOneCasePerTask() {
        var other = ReportJobs.completed(taskID: "t5", at: 5)
        other.provenance.script = "other.grok"
        let text = Self.xml([ReportJobs.completed(), ReportJobs.failed(at: 1), other, ReportJobs.running(at: 2), ReportJobs.unconfirmed(at: 3)])
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"grok\" tests=\"5\" failures=\"1\" errors=\"2\""))
        #expect(text.contains("<testsuite name=\"batch.grok\" tests=\"4\" failures=\"1\" errors=\"2\" skipped=\"0\""))
        #expect(text.contains("<testsuite name=\"other.grok\" tests=\"1\" failures=\"0\" errors=\"0\""))
        #expect(text.contains("<testcase name=\"cat (t1)\" classname=\"batch.grok\" time=\"42.000\" line=\"3\">"))
        #expect(text.contains("<failure message=\"PROVIDER_MODERATION_ERROR\" type=\"failed\">"))
        #expect(text.contains("<error message=\"not finished: still processing"))
        #expect(text.contains("<error message=\"the connection closed before an answer\" type=\"create unconfirmed\">"))
    }

    @Test func aTaskWithNoScriptGoesToASuiteOfItsOwn() {
        #expect(Self.xml([ReportJobs.completed(script: nil, line: nil)]).contains("<testsuite name=\"\(JUnitReport.unknownScript)\""))
    }

    @Test func everyValueIsEscapedForXML() {
        let text = Self.xml([ReportJobs.failed(reason: "<b a=\"1\" c='2'>&\u{1}\u{1B}\tend")])
        #expect(text.contains("message=\"&lt;b a=&quot;1&quot; c=&apos;2&apos;&gt;&amp;\\u{1}\\u{1B}\tend\""))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "no character XML 1.0 refuses")
    }
}
