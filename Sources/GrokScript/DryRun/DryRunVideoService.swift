import Foundation
import GrokCore
import Synchronization

/// `--dry-run`: sends nothing and records nothing. Each call that would send a request
/// reports it instead and answers with a placeholder (or nothing to show), so a script
/// runs to its end.
public final class DryRunVideoService: VideoService {
    private let baseURL: URL
    /// Whether a create would cost money (not on `--sandbox`).
    private let paid: Bool
    private let reporter: any Reporter
    /// Numbers the placeholder task ids; shared by every service of one run, so that ids
    /// never repeat when a command makes a new service.
    private let counter: TaskCounter

    init(baseURL: URL, paid: Bool, reporter: any Reporter, counter: TaskCounter) {
        self.baseURL = baseURL
        self.paid = paid
        self.reporter = reporter
        self.counter = counter
    }

    private func would(_ text: String) {
        reporter.emit(.echo("dry run: would " + text))
    }

    /// `POST https://…/grok/videos`
    private static func describe(_ endpoint: Endpoint, base: URL) -> String {
        endpoint.method + " " + endpoint.url(base: base).absoluteString
    }

    public func submit(_ request: CreateRequest, name: String?, provenance: Provenance) async throws(GrokError) -> CreatedTask {
        would("create a \(paid ? "paid" : "sandbox") task: " + Self.describe(.create, base: baseURL) + (name.map { " (as \($0))" } ?? ""))
        reporter.emit(.request(request.json, note: nil))
        let number = counter.next()
        return CreatedTask(taskID: "dry-run-\(number)", status: .queued)
    }

    public func upload(path: String) async throws(GrokError) -> UploadedFile {
        would("upload \(path): " + Self.describe(.upload, base: baseURL))
        let name = URL(fileURLWithPath: path).lastPathComponent.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "file"
        return UploadedFile(url: URL(string: "https://dry-run.invalid/uploads/" + name) ?? baseURL, filename: nil, size: nil, mimeType: nil)
    }

    public func query(taskID: String) async throws(GrokError) -> TaskInfo {
        would("query task \(taskID)")
        return TaskInfo(taskID: taskID, status: TaskStatus("dry-run"))
    }

    public func wait(for taskIDs: [String], schedule: PollSchedule, timeout: Duration, pollImmediately: Bool,
                     onUpdate: @escaping @Sendable (WaitUpdate) async -> Void) async throws(GrokError) -> [(taskID: String, outcome: WaitOutcome)] {
        would("wait for " + taskIDs.joined(separator: ", "))
        return []
    }

    public func download(from url: URL, to path: String, overwrite: Bool, taskID: String?,
                         progress: @escaping @Sendable (DownloadProgress) -> Void) async throws(GrokError) -> DownloadResult? {
        would("download \(url.absoluteString) to \(path)")
        return nil
    }

    public func balances() async throws(GrokError) -> (UserBalance, KeyBalance)? {
        would(Self.describe(.userBalance, base: baseURL) + " and " + Endpoint.keyBalance.path)
        return nil
    }

    public func savedVideo(of taskID: String, at path: String) async -> Int64? { nil }
    public func jobs(everyServer: Bool) async throws(GrokError) -> [Job] { [] }
    public func resolve(_ reference: JobReference) async throws(GrokError) -> Job? { nil }
}

/// The next placeholder task number of a dry run: 1, 2, …
final class TaskCounter: Sendable {
    private let value = Mutex(0)
    func next() -> Int { value.withLock { $0 += 1; return $0 } }
}
