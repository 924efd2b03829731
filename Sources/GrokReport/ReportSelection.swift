import Foundation
import GrokCore

/// Which jobs `grok report` shows. With no words: the server's tasks submitted (or first
/// seen) in the last `since`, 24 hours unless told. Words add tasks: `last` (the server's
/// latest create), `all` (every task of every server in the journal, as `jobs all` lists
/// them), a name or a task id (as `wait NAME` finds it). An explicit `since` narrows the
/// words' tasks too.
public struct ReportSelection: Sendable {
    public static let defaultSince: Duration = .seconds(24 * 3600)

    public var words: [String]
    public var since: Duration?

    public init(words: [String], since: Duration?) {
        self.words = words
        self.since = since
    }

    /// A word that names no task of the server.
    public struct Unknown: Error, Equatable {
        public let word: String
    }

    public func jobs(from journal: Journal, on origin: ServerOrigin, now: Date = Date()) async throws -> [Job] {
        var picked: [Job]
        if words.isEmpty {
            picked = try await journal.jobs(of: origin)
        } else {
            picked = []
            for word in words {
                switch word {
                case "all": picked += try await journal.jobs()
                case "last": picked.append(try await resolve(.latest, word: word, in: journal, on: origin))
                default: picked.append(try await resolve(.nameOrID(word), word: word, in: journal, on: origin))
                }
            }
        }
        let limit = since ?? (words.isEmpty ? Self.defaultSince : nil)
        if let limit {
            let start = now.addingTimeInterval(-Double(limit.components.seconds))
            picked = picked.filter { ($0.submittedAt ?? $0.updatedAt) >= start }
        }
        return Self.unique(picked)
    }

    private func resolve(_ reference: JobReference, word: String, in journal: Journal, on origin: ServerOrigin) async throws -> Job {
        guard let job = try await journal.resolve(reference, on: origin) else { throw Unknown(word: word) }
        return job
    }

    /// Each job once, where it first appears.
    static func unique(_ jobs: [Job]) -> [Job] {
        var seen: Set<String> = []
        return jobs.filter { job in
            let key = [job.origin?.text ?? "", job.attempt ?? "", job.taskID ?? ""].joined(separator: "\u{0}")
            return seen.insert(key).inserted
        }
    }
}
