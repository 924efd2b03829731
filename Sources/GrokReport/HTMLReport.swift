import Foundation
import GrokCore
import Mustache

/// The HTML report: one self-contained page (style inline, no script) of the tasks given.
public struct HTMLReport {
    public let tasks: [ReportTask]
    /// The servers the report is of, for its header: the tasks' own, or the one asked about
    /// when there are none.
    public let servers: [ServerOrigin?]
    public let generatedAt: Date

    public init(jobs: [Job], servers: [ServerOrigin?], generatedAt: Date = Date()) {
        self.tasks = jobs.map(ReportTask.init)
        self.servers = servers
        self.generatedAt = generatedAt
    }

    /// The page, for a file in `pageDirectory` (absolute): local videos and images are linked
    /// relative to it. `fileExists` says which of them are still there to be shown.
    /// Throws only if the templates of this module do not parse, which its tests would show.
    public func render(pageDirectory: String, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) throws -> String {
        let page = ReportPage(tasks: tasks, servers: servers, generatedAt: generatedAt, pageDirectory: pageDirectory, fileExists: fileExists)
        return try Self.library.get().render(page, withTemplate: "page") ?? ""
    }

    static let library = Result {
        try MustacheLibrary(templates: ["page": MustacheTemplate(string: HTMLTemplate.page), "card": MustacheTemplate(string: HTMLTemplate.card)])
    }
}
