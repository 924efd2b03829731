import Foundation
import GrokCore

/// The whole page as the template reads it: the header's counts and the cards, grouped by
/// prompt so that variants of one prompt sit side by side, newest first.
struct ReportPage {
    struct Group {
        let groupPrompt: String
        let count: String
        let cards: [ReportCard]
    }

    let title: String
    let generated: ReportTime
    let servers: String
    let total: Int
    let succeeded: Int
    let failed: Int
    let running: Int
    /// nil when none, so the header leaves it out (Mustache shows a section for 0).
    let unconfirmed: Int?
    let videoSeconds: String
    let groups: [Group]

    init(tasks: [ReportTask], servers: [ServerOrigin?], generatedAt: Date, pageDirectory: String,
         fileExists: (String) -> Bool) {
        title = "grok report: \(tasks.count) task\(tasks.count == 1 ? "" : "s")"
        generated = ReportTime(generatedAt)
        self.servers = servers.map(Self.describe).joined(separator: ", ")
        total = tasks.count
        succeeded = tasks.count { $0.outcome == .succeeded }
        failed = tasks.count { $0.outcome == .failed }
        running = tasks.count { $0.outcome == .running }
        let unconfirmed = tasks.count { $0.outcome == .unconfirmed }
        self.unconfirmed = unconfirmed == 0 ? nil : unconfirmed
        videoSeconds = ReportTime.seconds(TimeInterval(tasks.reduce(0) { $0 + $1.videoSeconds }))
        groups = Self.grouped(tasks).map { prompt, tasks in
            Group(groupPrompt: prompt ?? "(no prompt recorded)", count: "\(tasks.count) task\(tasks.count == 1 ? "" : "s")",
                  cards: tasks.map { ReportCard($0, pageDirectory: pageDirectory, fileExists: fileExists) })
        }
    }

    /// Tasks of one prompt together, newest first; the groups in the order of their newest.
    static func grouped(_ tasks: [ReportTask]) -> [(String?, [ReportTask])] {
        let newestFirst = tasks.enumerated().sorted { ($0.element.time, $0.offset) > ($1.element.time, $1.offset) }.map(\.element)
        var order: [String?] = []
        var byPrompt: [String?: [ReportTask]] = [:]
        for task in newestFirst {
            if byPrompt[task.job.prompt] == nil { order.append(task.job.prompt) }
            byPrompt[task.job.prompt, default: []].append(task)
        }
        return order.map { ($0, byPrompt[$0] ?? []) }
    }

    /// `the sandbox (no key, no cost)`, `127.0.0.1:8080 (a server on this machine)`,
    /// `api.x.ai (the paid API)`.
    static func describe(_ origin: ServerOrigin?) -> String {
        guard let origin else { return "a server not recorded (older journal lines)" }
        if origin == .sandbox { return "the sandbox (no key, no cost)" }
        let host = URL(string: origin.text)?.host ?? ""
        let local = host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
        return "\(origin.host) (\(local ? "a server on this machine" : "the paid API"))"
    }
}
