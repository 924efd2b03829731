import Foundation
import GrokCore
import GrokScript

/// The real thing: a `GrokClient` for the session's options and the journal.
struct LiveVideoService: VideoService {
    let client: GrokClient
    let journal: Journal

    init(client: GrokClient, journal: Journal) {
        self.client = client
        self.journal = journal
    }

    func submit(_ request: CreateRequest, name: String?) async throws(GrokError) -> CreatedTask {
        try await client.submit(request, name: name, journal: journal)
    }

    func upload(path: String) async throws(GrokError) -> UploadedFile {
        try await client.upload(path: path)
    }

    func query(taskID: String) async throws(GrokError) -> TaskInfo {
        let info = try await client.query(taskID: taskID)
        try? await journal.record(.status(info, time: Date()))
        return info
    }

    func wait(for taskIDs: [String], schedule: PollSchedule, timeout: Duration, pollImmediately: Bool,
                     onUpdate: @escaping @Sendable (WaitUpdate) async -> Void) async throws(GrokError) -> [(taskID: String, outcome: WaitOutcome)] {
        try await Waiter(client: client, journal: journal, schedule: schedule, timeout: timeout)
            .wait(for: taskIDs, pollImmediately: pollImmediately, onUpdate: onUpdate)
    }

    func download(from url: URL, to path: String, overwrite: Bool, taskID: String?,
                         progress: @escaping @Sendable (DownloadProgress) -> Void) async throws(GrokError) -> DownloadResult? {
        let result = try await client.download(from: url, to: path, overwrite: overwrite, taskID: taskID, progress: progress)
        if let taskID {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            try? await journal.record(.downloaded(taskID: taskID, path: absolute, bytes: result.bytes, time: Date()))
        }
        return result
    }

    func balances() async throws(GrokError) -> (UserBalance, KeyBalance)? {
        (try await client.userBalance(), try await client.keyBalance())
    }

    func jobs() async throws(GrokError) -> [Job] {
        try await journal.jobs()
    }

    func resolve(_ reference: String) async throws(GrokError) -> Job? {
        try await journal.resolve(reference)
    }
}
