import Foundation
import GrokCore
import Synchronization

/// The service a rehearsal runs against: it sends nothing, writes nothing and answers
/// every call at once with stand-ins (a task that is done, a video that is there), while
/// counting what the real run would create, upload and download.
final class RehearsalService: VideoService, ServiceProvider {
    private let counted = Mutex(Plan())

    var plan: Plan { counted.withLock { $0 } }

    func service(for options: SessionOptions) async throws(GrokError) -> any VideoService { self }
    func hasSent() -> Bool { false }
    func shutdown() async {}

    func submit(_ request: CreateRequest, name: String?) async throws(GrokError) -> CreatedTask {
        let number = counted.withLock { plan in
            plan.creates += 1
            plan.videoSeconds += request.duration
            return plan.creates
        }
        return CreatedTask(taskID: StandIn.marked("rehearsal-\(number)"), status: .queued)
    }

    func upload(path: String) async throws(GrokError) -> UploadedFile {
        let number = counted.withLock { plan in
            plan.uploads += 1
            return plan.uploads
        }
        return UploadedFile(url: Self.url("upload-\(number)"), filename: nil, size: nil, mimeType: nil)
    }

    func query(taskID: String) async throws(GrokError) -> TaskInfo {
        Self.done(taskID)
    }

    func wait(for taskIDs: [String], schedule: PollSchedule, timeout: Duration, pollImmediately: Bool,
              onUpdate: @escaping @Sendable (WaitUpdate) async -> Void) async throws(GrokError) -> [(taskID: String, outcome: WaitOutcome)] {
        taskIDs.map { ($0, .finished(Self.done($0))) }
    }

    func download(from url: URL, to path: String, overwrite: Bool, taskID: String?,
                  progress: @escaping @Sendable (DownloadProgress) -> Void) async throws(GrokError) -> DownloadResult? {
        counted.withLock { $0.downloads += 1 }
        return DownloadResult(path: path, bytes: 0, resumedFrom: 0, attempts: 0)
    }

    func balances() async throws(GrokError) -> (UserBalance, KeyBalance)? { nil }
    func jobs(everyServer: Bool) async throws(GrokError) -> [Job] { [] }
    /// Any reference may name a task in the journal the run will read: a stand-in, done.
    func resolve(_ reference: JobReference) async throws(GrokError) -> Job? {
        let text = switch reference {
        case .latest: Word.last
        case .nameOrID(let text): text
        }
        let done = Self.done(StandIn.marked(text))
        return Job(taskID: done.taskID, confirmation: .created, status: done.status, updatedAt: Date(), videoURL: done.videoURL)
    }

    /// A finished task with a video: what lets the commands after a `wait` be rehearsed.
    private static func done(_ taskID: String) -> TaskInfo {
        TaskInfo(taskID: taskID, status: TaskStatus("completed"), progress: 100, videoURL: url("video-\(taskID.filter(\.isLetter))"))
    }

    private static func url(_ name: String) -> URL {
        URL(string: "https://rehearsal.invalid/" + name) ?? URL(fileURLWithPath: "/")
    }
}
