import Foundation
import Synchronization

/// The real service: a `GrokClient` with its journal. Every journal record is written here:
/// the create attempt and its answer, each new status, each download, each with the server
/// it concerns; and names, `.latest` and the job list are read for that server only.
public struct JournaledVideoService: VideoService {
    public let client: GrokClient
    public let journal: Journal
    /// The server every record names: the client's base URL's unless told (`.sandbox`).
    public let origin: ServerOrigin

    public init(client: GrokClient, journal: Journal, origin: ServerOrigin? = nil) {
        self.client = client
        self.journal = journal
        self.origin = origin ?? ServerOrigin(baseURL: client.configuration.baseURL)
    }

    /// Creates a task with the journal kept on both sides of the call: the attempt is
    /// synced to disk before the request is sent, and the answer (or the failure, and
    /// whether a task may nevertheless exist) right after.
    public func submit(_ request: CreateRequest, name: String?, provenance: Provenance) async throws(GrokError) -> CreatedTask {
        let attempt = try await journal.recordCreateAttempt(name: name, request: request, provenance: provenance, origin: origin)
        let task: CreatedTask
        do {
            task = try await client.create(request)
        } catch {
            let mayExist: Bool
            if case .createOutcomeUnknown = error { mayExist = true } else { mayExist = false }
            try? await journal.record(.createFailed(attempt: attempt, mayExist: mayExist, error: error.description, time: Date()), origin: origin)
            throw error
        }
        // A paid task exists now: if the journal cannot say so (a full disk), the id goes
        // out with the error rather than being lost.
        do {
            try await journal.record(.created(attempt: attempt, task: task, time: Date()), origin: origin)
        } catch {
            throw .createdButNotRecorded(taskID: task.taskID, reason: error.description)
        }
        return task
    }

    public func upload(path: String) async throws(GrokError) -> UploadedFile {
        try await client.upload(path: path)
    }

    public func query(taskID: String) async throws(GrokError) -> TaskInfo {
        let info = try await client.query(taskID: taskID)
        try? await journal.record(.status(info, queries: 1, time: Date()), origin: origin)
        return info
    }

    /// Records an answer when its status, video or error differs from the task's previous
    /// answer (not for progress alone), with the queries made since the task's last record.
    public func wait(for taskIDs: [String], schedule: PollSchedule, timeout: Duration, pollImmediately: Bool,
                     onUpdate: @escaping @Sendable (WaitUpdate) async -> Void) async throws(GrokError) -> [(taskID: String, outcome: WaitOutcome)] {
        let (journal, origin) = (self.journal, self.origin)
        let previous = Mutex<[String: (info: TaskInfo, queries: Int)]>([:])
        return try await Waiter(client: client, schedule: schedule, timeout: timeout)
            .wait(for: taskIDs, pollImmediately: pollImmediately) { update in
                let info = update.info
                let before = previous.withLock { $0[info.taskID] }
                if info.status != before?.info.status || info.videoURL != before?.info.videoURL || info.errorMessage != before?.info.errorMessage {
                    previous.withLock { $0[info.taskID] = (info, update.queries) }
                    try? await journal.record(.status(info, queries: update.queries - (before?.queries ?? 0), time: Date()), origin: origin)
                }
                await onUpdate(update)
            }
    }

    public func download(from url: URL, to path: String, overwrite: Bool, taskID: String?,
                         progress: @escaping @Sendable (DownloadProgress) -> Void) async throws(GrokError) -> DownloadResult? {
        let result = try await client.download(from: url, to: path, overwrite: overwrite, taskID: taskID, progress: progress)
        if let taskID {
            try? await journal.record(.downloaded(taskID: taskID, path: DownloadTarget.journalPath(path), bytes: result.bytes, time: Date()), origin: origin)
        }
        return result
    }

    public func savedVideo(of taskID: String, at path: String) async -> Int64? {
        await JournalView(journal: journal, origin: origin).savedVideo(of: taskID, at: path)
    }

    public func balances() async throws(GrokError) -> (UserBalance, KeyBalance)? {
        (try await client.userBalance(), try await client.keyBalance())
    }

    public func jobs(everyServer: Bool) async throws(GrokError) -> [Job] {
        everyServer ? try await journal.jobs() : try await journal.jobs(of: origin)
    }

    public func resolve(_ reference: JobReference) async throws(GrokError) -> Job? {
        try await JournalView(journal: journal, origin: origin).resolve(reference)
    }
}
