import Foundation

/// Everything the journal knows about one task (or one create attempt that never got an id).
public struct Job: Sendable, Equatable {
    public enum Confirmation: Sendable, Equatable {
        /// A create was sent and no answer was recorded: a task may exist.
        case unconfirmed
        /// The server answered with a task id.
        case created
        /// The create certainly made no task.
        case rejected
        /// Known only from a status answer (e.g. `wait ID` for a task submitted elsewhere).
        case external
    }

    public var attempt: String?
    public var name: String?
    public var taskID: String?
    public var confirmation: Confirmation
    public var status: TaskStatus?
    public var progress: Double?
    public var prompt: String?
    public var request: JSONValue?
    public var submittedAt: Date?
    public var updatedAt: Date
    public var videoURL: URL?
    public var errorMessage: String?
    public var file: String?

    public init(
        attempt: String? = nil, name: String? = nil, taskID: String? = nil, confirmation: Confirmation, status: TaskStatus? = nil,
        progress: Double? = nil, prompt: String? = nil, request: JSONValue? = nil, submittedAt: Date? = nil, updatedAt: Date,
        videoURL: URL? = nil, errorMessage: String? = nil, file: String? = nil
    ) {
        self.attempt = attempt
        self.name = name
        self.taskID = taskID
        self.confirmation = confirmation
        self.status = status
        self.progress = progress
        self.prompt = prompt
        self.request = request
        self.submittedAt = submittedAt
        self.updatedAt = updatedAt
        self.videoURL = videoURL
        self.errorMessage = errorMessage
        self.file = file
    }
}

extension Job {
    /// Replays records in order; a job is listed where its first record appears.
    static func fold(_ records: [JournalRecord]) -> [Job] {
        var jobs: [Job] = []
        var byAttempt: [String: Int] = [:]
        var byTaskID: [String: Int] = [:]

        func index(forTask taskID: String, time: Date) -> Int {
            if let index = byTaskID[taskID] { return index }
            jobs.append(Job(taskID: taskID, confirmation: .external, updatedAt: time))
            byTaskID[taskID] = jobs.count - 1
            return jobs.count - 1
        }

        for record in records {
            switch record {
            case .createAttempt(let attempt, let name, let request, let time):
                jobs.append(Job(attempt: attempt, name: name, confirmation: .unconfirmed, prompt: request["prompt"]?.stringValue,
                                request: request, submittedAt: time, updatedAt: time))
                byAttempt[attempt] = jobs.count - 1
            case .created(let attempt, let task, let time):
                guard let index = byAttempt[attempt] else { continue }
                jobs[index].taskID = task.taskID
                jobs[index].confirmation = .created
                jobs[index].status = task.status
                jobs[index].updatedAt = time
                byTaskID[task.taskID] = index
            case .createFailed(let attempt, let mayExist, let error, let time):
                guard let index = byAttempt[attempt] else { continue }
                jobs[index].confirmation = mayExist ? .unconfirmed : .rejected
                jobs[index].errorMessage = error
                jobs[index].updatedAt = time
            case .status(let info, let time):
                let index = index(forTask: info.taskID, time: time)
                jobs[index].status = info.status
                jobs[index].progress = info.progress
                jobs[index].videoURL = info.videoURL ?? jobs[index].videoURL
                jobs[index].errorMessage = info.errorMessage ?? jobs[index].errorMessage
                jobs[index].updatedAt = time
            case .downloaded(let taskID, let path, _, let time):
                let index = index(forTask: taskID, time: time)
                jobs[index].file = path
                jobs[index].updatedAt = time
            }
        }
        return jobs
    }
}
