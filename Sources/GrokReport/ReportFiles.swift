import Foundation
import GrokCore

/// Writes the reports asked for: each file whole or not at all (written beside, then moved
/// into place), redacted with the key's redactor as a last guard (the journal's lines were
/// redacted when written).
public struct ReportFiles: Sendable {
    public var html: String?
    public var junit: String?

    public init(html: String?, junit: String?) {
        self.html = html
        self.junit = junit
    }

    /// The file `grok report` writes when given neither `--html` nor `--junit`.
    public static let defaultHTML = "grok-report.html"

    public struct WriteError: Error, Equatable {
        public let path: String
        public let reason: String
    }

    public func write(jobs: [Job], servers: [ServerOrigin?], redactor: Redactor, now: Date = Date()) throws(WriteError) {
        if let html {
            let directory = URL(fileURLWithPath: html).standardizedFileURL.deletingLastPathComponent().path
            let page = try Self.rendered(html) { try HTMLReport(jobs: jobs, servers: servers, generatedAt: now).render(pageDirectory: directory) }
            try Self.write(redactor.redact(page), to: html)
        }
        if let junit {
            let xml = try Self.rendered(junit) { try JUnitReport(jobs: jobs, generatedAt: now).render() }
            try Self.write(redactor.redact(xml), to: junit)
        }
    }

    private static func rendered(_ path: String, _ render: () throws -> String) throws(WriteError) -> String {
        do { return try render() } catch { throw WriteError(path: path, reason: "its template does not parse: \(error)") }
    }

    /// Through a file beside the target (`ReplacingWrite`): a reader never sees half a
    /// report, and a failure leaves the previous one as it was.
    private static func write(_ text: String, to path: String) throws(WriteError) {
        do {
            try ReplacingWrite.write(text, to: path, mode: 0o644)
        } catch {
            throw WriteError(path: path, reason: error.reason)
        }
    }
}

/// The servers a report's header names.
public enum ReportServers {
    /// The servers of the jobs, each once; `origin` when there are none.
    public static func of(_ jobs: [Job], else origin: ServerOrigin) -> [ServerOrigin?] {
        guard !jobs.isEmpty else { return [origin] }
        var seen: [ServerOrigin?] = []
        for job in jobs where !seen.contains(job.origin) { seen.append(job.origin) }
        return seen
    }
}
