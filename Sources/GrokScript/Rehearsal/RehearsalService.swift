import Foundation
import GrokCore
import Synchronization

/// The service a rehearsal runs against: it sends nothing, writes nothing and answers
/// every call at once with stand-ins (a task that is done, a video that is there), while
/// counting what the real run would create, upload and download. It looks at the disk as
/// the real service will: an image it could not upload, a download target it could not
/// write is an error here, before anything is paid for.
final class RehearsalService: VideoService, ServiceProvider {
    private let counted = Mutex(Plan())
    private let journalFor: @Sendable (SessionOptions) async -> JournalView?
    /// The journal for the options in force, and the real task each stand-in id stands for
    /// when the reference named one of its tasks.
    private let journal = Mutex<(view: JournalView?, tasks: [String: String])>((nil, [:]))

    init(journal: @escaping @Sendable (SessionOptions) async -> JournalView?) {
        self.journalFor = journal
    }

    var plan: Plan { counted.withLock { $0 } }

    func service(for options: SessionOptions) async throws(GrokError) -> any VideoService {
        let view = await journalFor(options)
        journal.withLock { $0.view = view }
        return self
    }
    func hasSent() -> Bool { false }
    func shutdown() async {}

    func submit(_ request: CreateRequest, name: String?, provenance: Provenance) async throws(GrokError) -> CreatedTask {
        let number = counted.withLock { plan in
            plan.creates += 1
            plan.videoSeconds += request.duration
            return plan.creates
        }
        return CreatedTask(taskID: StandIn.marked("rehearsal-\(number)"), status: .queued)
    }

    func upload(path: String) async throws(GrokError) -> UploadedFile {
        try UploadCheck.check(path)
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
        if case .file = try DownloadTarget.inspect(path), !overwrite { throw .targetExists(path: path) }
        counted.withLock { $0.downloads += 1 }
        return DownloadResult(path: path, bytes: 0, resumedFrom: 0, attempts: 0)
    }

    /// A task of the journal's whose video is saved at `path`: the run will find it there too.
    func savedVideo(of taskID: String, at path: String) async -> Int64? {
        let (view, task) = journal.withLock { ($0.view, $0.tasks[taskID]) }
        guard let view, let task else { return nil }
        return await view.savedVideo(of: task, at: path)
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
        if let view = journal.withLock({ $0.view }), let task = try? await view.resolve(reference)?.taskID {
            journal.withLock { $0.tasks[done.taskID] = task }
        }
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
