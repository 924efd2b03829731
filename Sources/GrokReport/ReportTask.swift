import Foundation
import GrokCore

/// One journal job as a report sees it: how it stands, why it failed, how long it took.
public struct ReportTask: Sendable, Equatable {
    /// How a task stands, in the words of the report's header and of JUnit.
    public enum Outcome: String, Sendable, Equatable {
        case succeeded, failed, running
        /// A create was sent and no answer recorded: a task may exist.
        case unconfirmed
    }

    public let job: Job

    public init(job: Job) {
        self.job = job
    }

    public var outcome: Outcome {
        switch job.confirmation {
        case .rejected: return .failed
        case .unconfirmed: return .unconfirmed
        case .created, .external:
            guard let status = job.status, status.isTerminal else { return .running }
            return status.isSuccess ? .succeeded : .failed
        }
    }

    /// The status as the server last said it, or what became of the create.
    public var statusText: String {
        switch job.confirmation {
        case .rejected: return "create refused"
        case .unconfirmed: return "create unconfirmed"
        case .created, .external: return job.status?.description ?? "unknown"
        }
    }

    /// Why it failed or may exist; nil when it succeeded or is running.
    public var reason: String? {
        switch outcome {
        case .succeeded, .running: return nil
        case .unconfirmed: return job.errorMessage ?? "no answer to the create was recorded: a task may exist"
        case .failed: return job.errorMessage ?? "the task ended \(statusText)"
        }
    }

    /// A name people know it by: its name, else its id.
    public var title: String { job.name ?? job.taskID ?? "unnamed create" }

    /// When it was submitted, or first seen when it was submitted elsewhere.
    public var time: Date { job.submittedAt ?? job.updatedAt }

    /// From submit to the first terminal status; nil while running or when either is unknown.
    public var waited: TimeInterval? {
        guard let start = job.submittedAt, let end = job.finishedAt else { return nil }
        return max(0, end.timeIntervalSince(start))
    }

    public var model: String? { job.request?["model"]?.stringValue }
    public var duration: Int? { job.request?["duration"]?.lenientNumber.flatMap { Int(exactly: $0) } }
    /// The ratio (`16:9`) or orientation (`portrait`) asked for.
    public var shape: String? { job.request?["ratio"]?.stringValue ?? job.request?["orientation"]?.stringValue }
    /// The image URL the create named (an upload's, for a local file).
    public var imageURL: String? {
        guard case .array(let urls)? = job.request?["image_urls"] else { return nil }
        return urls.first?.stringValue
    }

    /// `batch.grok:12`, from the journal's record of the create.
    public var source: String? {
        guard let script = job.provenance.script else { return nil }
        return job.provenance.line.map { "\(script):\($0)" } ?? script
    }

    /// Seconds of video a succeeded task made, as asked for.
    public var videoSeconds: Int { outcome == .succeeded ? duration ?? 0 : 0 }
}
