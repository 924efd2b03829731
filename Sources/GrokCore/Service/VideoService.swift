import Foundation

/// What a script needs from the API and the journal. `JournaledVideoService` is the real
/// one; `--dry-run`, the rehearsal and tests supply their own.
public protocol VideoService: Sendable {
    /// `provenance`: where the create came from, kept in the journal for reports.
    func submit(_ request: CreateRequest, name: String?, provenance: Provenance) async throws(GrokError) -> CreatedTask
    func upload(path: String) async throws(GrokError) -> UploadedFile
    func query(taskID: String) async throws(GrokError) -> TaskInfo
    func wait(for taskIDs: [String], schedule: PollSchedule, timeout: Duration, pollImmediately: Bool,
              onUpdate: @escaping @Sendable (WaitUpdate) async -> Void) async throws(GrokError) -> [(taskID: String, outcome: WaitOutcome)]
    func download(from url: URL, to path: String, overwrite: Bool, taskID: String?,
                  progress: @escaping @Sendable (DownloadProgress) -> Void) async throws(GrokError) -> DownloadResult?
    /// The length of the file at `path` when the journal says it is this task's video, saved
    /// there and unchanged since: a download that need not happen again.
    func savedVideo(of taskID: String, at path: String) async -> Int64?
    func balances() async throws(GrokError) -> (UserBalance, KeyBalance)?
    /// The jobs of this service's server; `everyServer`: of every server, and of records
    /// that name none.
    func jobs(everyServer: Bool) async throws(GrokError) -> [Job]
    /// A job of this service's server (or, by exact task id, one whose server is unknown).
    func resolve(_ reference: JobReference) async throws(GrokError) -> Job?
}
