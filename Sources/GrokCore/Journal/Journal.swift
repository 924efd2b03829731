import Foundation

/// The append-only record of every task (JSON Lines, mode 0600, in the state directory).
/// Each record is written and fsynced before the call returns, so a crash at any point
/// loses no task id. Lines are redacted before they are written. Every record names its
/// server (`ServerOrigin`), and lookups see one server's jobs only.
public actor Journal {
    public nonisolated let path: String
    private let redactor: Redactor
    /// The jobs as last read, so that reading them again costs only the lines added since.
    private var tail = JournalTail()
    /// The attempts and tasks this object has written records of: what a report of this
    /// run (or REPL session) shows.
    private var recordedAttempts: Set<String> = []
    private var recordedTasks: Set<TaskKey> = []

    private struct TaskKey: Hashable {
        let origin: ServerOrigin
        let taskID: String
    }

    public init(directory: URL, redactor: Redactor = .none) throws(GrokError) {
        try StateDirectory.prepare(directory)
        self.path = directory.appendingPathComponent("journal.jsonl").path
        self.redactor = redactor
    }

    /// Appends one record as one `write` of a whole line (`O_APPEND`), under an exclusive
    /// `flock` shared with every grok process writing this journal, so lines from
    /// concurrent writers never interleave and a line torn by a crash is closed exactly once.
    /// Internal: `JournaledVideoService` writes every record.
    func record(_ record: JournalRecord, origin: ServerOrigin) throws(GrokError) {
        let existed = access(path, F_OK) == 0
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .journal(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .journal(path: path, reason: String(cString: strerror(errno))) }
        }
        // A line torn by a crash is closed first, so this record starts a line of its own.
        let separator = Self.endsWithNewline(fd) ? "" : "\n"
        do {
            try FileDescriptorIO.writeAll(fd, separator + redactor.redact(JournalEntry(origin: origin, record: record).json.compactText) + "\n")
        } catch {
            throw .journal(path: path, reason: error.reason)
        }
        guard fsync(fd) == 0 else { throw .journal(path: path, reason: String(cString: strerror(errno))) }
        if !existed { FileSync.directory(containing: path) }
        note(record, origin: origin)
    }

    private func note(_ record: JournalRecord, origin: ServerOrigin) {
        switch record {
        case .createAttempt(let attempt, _, _, _, _), .created(let attempt, _, _), .createFailed(let attempt, _, _, _):
            recordedAttempts.insert(attempt)
        case .status(let info, _, _):
            recordedTasks.insert(TaskKey(origin: origin, taskID: info.taskID))
        case .downloaded(let taskID, _, _, _):
            recordedTasks.insert(TaskKey(origin: origin, taskID: taskID))
        }
    }

    /// The jobs this object has written a record of since it was made: the tasks this
    /// process created or touched (queried, waited for, downloaded), as the journal has them.
    public func jobsRecordedHere() throws(GrokError) -> [Job] {
        guard !recordedAttempts.isEmpty || !recordedTasks.isEmpty else { return [] }
        return try jobs().filter { job in
            if let attempt = job.attempt, recordedAttempts.contains(attempt) { return true }
            guard let origin = job.origin, let taskID = job.taskID else { return false }
            return recordedTasks.contains(TaskKey(origin: origin, taskID: taskID))
        }
    }

    private static func endsWithNewline(_ fd: Int32) -> Bool {
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return true }
        var last: UInt8 = 0
        return pread(fd, &last, 1, size - 1) == 1 && last == UInt8(ascii: "\n")
    }

    /// Records a create attempt before it is sent; returns its attempt id.
    func recordCreateAttempt(name: String?, request: CreateRequest, provenance: Provenance = .init(), origin: ServerOrigin) throws(GrokError) -> String {
        let attempt = UUID().uuidString.lowercased()
        try record(.createAttempt(attempt: attempt, name: name, request: request.json, provenance: provenance, time: Date()), origin: origin)
        return attempt
    }

    /// Every job of every server (and of none known), in the order their first records appear.
    public func jobs() throws(GrokError) -> [Job] {
        do { return try tail.jobs(at: path) } catch { throw .journal(path: path, reason: error.reason) }
    }

    /// The jobs of one server: a job whose server is unknown (an older journal) is not one.
    public func jobs(of origin: ServerOrigin) throws(GrokError) -> [Job] {
        try jobs().filter { $0.origin == origin }
    }

    /// A job of `origin`'s. A job whose server is unknown is found by its exact task id only,
    /// never by a name or as `.latest`.
    public func resolve(_ reference: JobReference, on origin: ServerOrigin) throws(GrokError) -> Job? {
        let every = try jobs()
        let jobs = every.filter { $0.origin == origin }
        switch reference {
        case .latest:
            // The last create sent, confirmed or not: one never confirmed has no id to give,
            // and the task before it is not what was asked for.
            return jobs.last { $0.confirmation == .created || $0.confirmation == .unconfirmed }
                ?? jobs.last { $0.taskID != nil }
        case .nameOrID(let text):
            return jobs.last { $0.name == text && $0.taskID != nil }
                ?? jobs.last { $0.taskID == text }
                ?? every.last { $0.origin == nil && $0.taskID == text }
                ?? jobs.last { $0.name == text }
        }
    }

    /// The length of the file at `path` when it is still the video of `taskID` recorded as
    /// saved there (same length, starts as an MP4 does); nil when it is not, or is unknown.
    public func savedVideo(of taskID: String, at path: String, on origin: ServerOrigin) throws(GrokError) -> Int64? {
        let absolute = DownloadTarget.journalPath(path)
        let every = try jobs()
        let job = every.last { $0.origin == origin && $0.taskID == taskID } ?? every.last { $0.origin == nil && $0.taskID == taskID }
        guard let bytes = job?.saved[absolute], DownloadTarget.holdsVideo(of: bytes, at: absolute) else { return nil }
        return bytes
    }
}
