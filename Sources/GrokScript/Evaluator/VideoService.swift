import Foundation
import GrokCore

/// What the evaluator needs from the API and the journal. The program uses `LiveVideoService`
/// (GrokCore over HTTP), `--dry-run` uses `DryRunVideoService`, tests may use a fake.
public protocol VideoService: Sendable {
    /// True for `--dry-run`: answers are placeholders and nothing is sent.
    var isDryRun: Bool { get }
    func submit(_ request: CreateRequest, name: String?) async throws(GrokError) -> CreatedTask
    func upload(path: String) async throws(GrokError) -> UploadedFile
    func query(taskID: String) async throws(GrokError) -> TaskInfo
    func wait(for taskIDs: [String], schedule: PollSchedule, timeout: Duration, pollImmediately: Bool,
              onUpdate: @escaping @Sendable (WaitUpdate) async -> Void) async throws(GrokError) -> [(taskID: String, outcome: WaitOutcome)]
    func download(from url: URL, to path: String, overwrite: Bool, taskID: String?,
                  progress: @escaping @Sendable (DownloadProgress) -> Void) async throws(GrokError) -> DownloadResult?
    func balances() async throws(GrokError) -> (UserBalance, KeyBalance)?
    func jobs() async throws(GrokError) -> [Job]
    func resolve(_ reference: String) async throws(GrokError) -> Job?
}

/// The real thing: a `GrokClient` for the session's options and the journal.
public struct LiveVideoService: VideoService {
    public let isDryRun = false
    let client: GrokClient
    let journal: Journal

    public init(client: GrokClient, journal: Journal) {
        self.client = client
        self.journal = journal
    }

    public func submit(_ request: CreateRequest, name: String?) async throws(GrokError) -> CreatedTask {
        try await client.submit(request, name: name, journal: journal)
    }

    public func upload(path: String) async throws(GrokError) -> UploadedFile {
        try await client.upload(path: path)
    }

    public func query(taskID: String) async throws(GrokError) -> TaskInfo {
        let info = try await client.query(taskID: taskID)
        try? await journal.record(.status(info, time: Date()))
        return info
    }

    public func wait(for taskIDs: [String], schedule: PollSchedule, timeout: Duration, pollImmediately: Bool,
                     onUpdate: @escaping @Sendable (WaitUpdate) async -> Void) async throws(GrokError) -> [(taskID: String, outcome: WaitOutcome)] {
        try await Waiter(client: client, journal: journal, schedule: schedule, timeout: timeout)
            .wait(for: taskIDs, pollImmediately: pollImmediately, onUpdate: onUpdate)
    }

    public func download(from url: URL, to path: String, overwrite: Bool, taskID: String?,
                         progress: @escaping @Sendable (DownloadProgress) -> Void) async throws(GrokError) -> DownloadResult? {
        let result = try await client.download(from: url, to: path, overwrite: overwrite, progress: progress)
        if let taskID {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            try? await journal.record(.downloaded(taskID: taskID, path: absolute, bytes: result.bytes, time: Date()))
        }
        return result
    }

    public func balances() async throws(GrokError) -> (UserBalance, KeyBalance)? {
        (try await client.userBalance(), try await client.keyBalance())
    }

    public func jobs() async throws(GrokError) -> [Job] {
        try await journal.jobs()
    }

    public func resolve(_ reference: String) async throws(GrokError) -> Job? {
        try await journal.resolve(reference)
    }
}
