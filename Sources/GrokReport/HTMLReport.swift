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
    public func render(pageDirectory: String, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String {
        let page = ReportPage(tasks: tasks, servers: servers, generatedAt: generatedAt, pageDirectory: pageDirectory, fileExists: fileExists)
        return Self.library.render(page, withTemplate: "page") ?? ""
    }

    static let library: MustacheLibrary = {
        // Constant templates of this module, rendered by its tests: a mistake in them cannot
        // wait for a user to find it.
        // swiftlint:disable:next force_try
        try! MustacheLibrary(templates: ["page": MustacheTemplate(string: HTMLTemplate.page), "card": MustacheTemplate(string: HTMLTemplate.card)])
    }()
}
