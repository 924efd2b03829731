import Foundation
import GrokCore
@testable import GrokReport
import Testing

/// Every field a user or a server wrote is text on the page, never markup, and only an
/// http(s) URL or a local file becomes a link or a source.
@Suite struct HTMLEscapingTests {
    static let hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>'&"
    static let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;"

    static func render(_ job: Job, directory: String = "/reports", fileExists: (String) -> Bool = { _ in true }) -> String {
        // A template that does not parse fails every test that reads the page.
        (try? HTMLReport(jobs: [job], servers: [.sandbox], generatedAt: ReportJobs.start).render(pageDirectory: directory, fileExists: fileExists)) ?? ""
    }

    static let fields: [(String, @Sendable (inout Job) -> Void)] = [
        ("name", { $0.name = hostile }),
        ("task id", { $0.taskID = hostile }),
        ("prompt", { $0.prompt = hostile }),
        ("model", { $0.request = .object(["model": .string(hostile)]) }),
        ("ratio", { $0.request = .object(["ratio": .string(hostile)]) }),
        ("orientation", { $0.request = .object(["orientation": .string(hostile)]) }),
        ("failure reason", { $0.status = TaskStatus("failed"); $0.errorMessage = hostile }),
        ("unknown status", { $0.status = TaskStatus(hostile) }),
        ("script", { $0.provenance.script = hostile }),
        ("image URL", { $0.request = .object(["image_urls": .array([.string("https://example.com/" + hostile)])]) }),
        ("image file", { $0.provenance.imageFile = "/reports/" + hostile }),
        ("video file", { $0.file = "/reports/" + hostile }),
    ]

    @Test(arguments: fields.map(\.0))
    func aHostileFieldIsTextOnly(field: String) throws {
        var job = ReportJobs.completed()
        try #require(Self.fields.first { $0.0 == field }).1(&job)
        let page = Self.render(job)
        #expect(page.contains(Self.escaped) || page.contains("%3Cscript%3E"), "the \(field) is on the page, escaped or encoded")
        #expect(!page.contains(Self.hostile))
        #expect(!page.contains("<script"), "no script element from the \(field)")
        #expect(!page.contains("<img src=x"), "no image element from the \(field)")
    }

    @Test func theHostilePromptShowsAsTyped() {
        var job = ReportJobs.completed()
        job.prompt = Self.hostile
        let page = Self.render(job)
        #expect(page.contains("<p class=\"prompt\">\(Self.escaped)</p>"))
        #expect(page.contains("<h2>\(Self.escaped)</h2>"), "and as the group's heading")
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "vbscript:x", "//evil.example/x", "nothing"])
    func aVideoURLThatIsNotHTTPIsNotASource(url: String) throws {
        var job = ReportJobs.completed()
        job.videoURL = URL(string: url)
        try #require(job.videoURL != nil)
        let page = Self.render(job)
        #expect(!page.contains("<video"), "\(url) is no source")
        #expect(!page.contains("href="), "nor a link")
    }

    @Test(arguments: ["javascript:alert(1)", "data:image/png;base64,AAAA", "file:///etc/passwd"])
    func anImageURLThatIsNotHTTPIsNotASource(url: String) {
        let page = Self.render(ReportJobs.completed(imageURL: url))
        #expect(!page.contains("<img"))
        #expect(page.contains("<figcaption>"), "the URL is still shown, as text")
    }

    @Test func anHTTPVideoURLIsAPlayerLoadedOnlyWhenPlayedAndALinkThatMayExpire() {
        let page = Self.render(ReportJobs.completed(videoURL: "https://videos.example.com/t1.mp4?sig=a&b=c"))
        #expect(page.contains("<video controls playsinline preload=\"none\" src=\"https://videos.example.com/t1.mp4?sig=a&amp;b=c\">"))
        #expect(page.contains("may expire"))
    }

    @Test func aDownloadedFileIsAPathRelativeToThePageWithItsMetadataPreloaded() {
        let page = Self.render(ReportJobs.completed(file: "/reports/videos/cat one.mp4"))
        #expect(page.contains("preload=\"metadata\" src=\"videos/cat%20one.mp4\""))
        #expect(!page.contains("may expire"))
    }

    @Test func aDownloadedFileThatIsGoneFallsBackToTheURL() {
        let page = Self.render(ReportJobs.completed(file: "/reports/gone.mp4"), fileExists: { _ in false })
        #expect(!page.contains("gone.mp4"))
        #expect(page.contains("src=\"https://videos.example.com/t1.mp4\""))
    }

    @Test func aFileNamedLikeASchemeStaysAPath() {
        let page = Self.render(ReportJobs.completed(file: "/reports/javascript:alert(1)"))
        #expect(page.contains("src=\"javascript%3Aalert%281%29\""))
    }

    @Test func theTemplatesWriteNothingUnescaped() {
        for template in [HTMLTemplate.page, HTMLTemplate.card, JUnitTemplate.document] {
            #expect(!template.contains("{{{") && !template.contains("{{&"))
        }
    }

    @Test func thePageHasNoScriptAndForbidsOne() {
        let page = Self.render(ReportJobs.completed())
        #expect(!page.contains("<script"))
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none';"))
    }

    @Test func theKeyIsRedactedFromTheFileWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let key = "fake-report-key-0123456789"
        let job = ReportJobs.failed(reason: "server echoed \(key)")
        let path = directory.appendingPathComponent("r.html").path
        try ReportFiles(html: path, junit: path + ".xml").write(jobs: [job], servers: [.sandbox], redactor: Redactor(secrets: [key]))
        for file in [path, path + ".xml"] {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.contains("server echoed"), "the record is in \(file)")
            #expect(!text.contains(key))
        }
    }
}
