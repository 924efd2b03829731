import Foundation
import GrokSandbox
import Testing
import TestSupport

/// `grok report`, `--report-html` / `--report-junit` on a run, and `report FILE`, as the
/// built `grok` does them against the sandbox.
@Suite struct ReportEndToEndTests {
    static let batch = """
        set poll-interval 100ms
        set max-poll-interval 200ms
        image https://example.com/c.png
        prompt "a cat"
        submit as cat
        prompt "a dog [fail]"
        submit as dog
        wait all
        download cat to cat.mp4

        """

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func aRunThatFailsStillWritesItsReportsAndKeepsItsStatus() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("batch.grok", Self.batch)
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--keep-going", "--report-html", "r.html", "--report-junit", "r.xml", "batch.grok"])
            #expect(result.status == 5, "the failed task's status: \(result.stderr)")
            let html = try Self.read(scratch.path("r.html"))
            #expect(html.components(separatedBy: "<article class=\"card").count - 1 == 2)
            #expect(html.contains("<video controls playsinline preload=\"metadata\" src=\"cat.mp4\">"))
            #expect(html.contains("<dd><code>batch.grok:5</code></dd>"))
            #expect(html.contains("PROVIDER_MODERATION_ERROR"))
            let xml = try Self.read(scratch.path("r.xml"))
            #expect(xml.contains("<testsuite name=\"batch.grok\" tests=\"2\" failures=\"1\" errors=\"0\""))
            #expect(!html.contains(SandboxFixture.fakeKey) && !xml.contains(SandboxFixture.fakeKey))
        }
    }

    @Test func aRunsReportHoldsOnlyTheTasksItTouched() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let first = try await SandboxFixture.grok(sandbox, scratch, ["-e", "prompt old; image https://example.com/c.png; submit as old"])
            #expect(first.status == 0, "\(first.stderr)")
            let second = try await SandboxFixture.grok(sandbox, scratch, ["--report-junit", "r.xml", "-e", "prompt new; image https://example.com/c.png; submit as new"])
            #expect(second.status == 0, "\(second.stderr)")
            let xml = try Self.read(scratch.path("r.xml"))
            #expect(xml.contains("tests=\"1\""), "\(xml)")
            #expect(xml.contains("<testcase name=\"new (") && !xml.contains("name=\"old ("))
            #expect(xml.contains("<error message=\"not finished: still queued"), "submitted, never waited for")
        }
    }

    /// A `[slow]` task takes fifteen queries; the wait ends after at most three.
    @Test func aWaitThatTimesOutIsAnErrorInJUnit() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let script = "set poll-interval 100ms; set max-poll-interval 100ms; prompt 'an owl [slow]'; image https://example.com/c.png; "
                + "submit as owl; wait owl timeout 250ms"
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--report-junit", "r.xml", "-e", script])
            #expect(result.status == 4, "the wait timed out: \(result.stderr)")
            let xml = try Self.read(scratch.path("r.xml"))
            #expect(xml.contains("<testsuite name=\"-e\" tests=\"1\" failures=\"0\" errors=\"1\""), "\(xml)")
            #expect(xml.contains("<error message=\"not finished: still"), "\(xml)")
        }
    }

    @Test func aReportThatCannotBeWrittenFailsARunThatSucceeded() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--report-html", "missing/r.html", "-e", "echo hi"])
            #expect(result.status == 1)
            #expect(result.stdout == "hi\n")
            #expect(result.stderr.hasPrefix("error: cannot write the report 'missing/r.html': No such file or directory"), "\(result.stderr)")
        }
    }

    @Test func grokReportWritesTheServersRecentTasksByDefault() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("batch.grok", Self.batch)
            _ = try await SandboxFixture.grok(sandbox, scratch, ["--keep-going", "batch.grok"])
            let result = try await SandboxFixture.grok(sandbox, scratch, ["report"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "wrote grok-report.html: 2 tasks\n")
            let html = try Self.read(scratch.path("grok-report.html"))
            #expect(html.contains("<strong>1</strong> succeeded") && html.contains("<strong>1</strong> failed"))
            #expect(html.contains("127.0.0.1:\(sandbox.baseURL.port ?? 0) (a server on this machine)"), "the server is named")

            let named = try await SandboxFixture.grok(sandbox, scratch, ["report", "--html", "cat.html", "--junit", "cat.xml", "cat"])
            #expect(named.status == 0, "\(named.stderr)")
            #expect(try Self.read(scratch.path("cat.xml")).contains("tests=\"1\""))
            let recent = try await SandboxFixture.grok(sandbox, scratch, ["report", "--since", "0s", "--junit", "none.xml"])
            #expect(recent.stdout == "wrote none.xml: 0 tasks\n", "\(recent.stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("none.html")))
        }
    }

    @Test func grokReportOfAnUnknownTaskSaysSo() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["report", "nosuch"])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("error: no task 'nosuch' in the journal of 127.0.0.1:"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("grok-report.html")))
            let bad = try await SandboxFixture.grok(sandbox, scratch, ["report", "--since", "soon"])
            #expect(bad.status == 2)
            #expect(bad.stderr.contains("--since needs a duration"), "\(bad.stderr)")
        }
    }

    @Test func theReportCommandWritesThisSessionsTasks() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", "prompt hi; image https://example.com/c.png; submit as a; report a.html"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasSuffix("wrote a.html: 1 task\n"), "\(result.stdout)")
            #expect(try Self.read(scratch.path("a.html")).contains("<h3>a</h3>"))
            let dry = try await SandboxFixture.grok(sandbox, scratch, ["--dry-run", "--report-html", "d.html", "-e", "report b.html"])
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains("would write the report b.html") && dry.stdout.contains("would write the report d.html"), "\(dry.stdout)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("b.html")) && !FileManager.default.fileExists(atPath: scratch.path("d.html")))
        }
    }
}
