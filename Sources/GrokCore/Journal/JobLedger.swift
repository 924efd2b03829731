import Foundation

/// The journal's records replayed into `Job`s, one record at a time, so a journal read
/// before needs only its new lines applied. A job is listed where its first record appears.
/// A task is known by its server and its id together: two servers may hand out one id.
struct JobLedger: Sendable {
    private(set) var jobs: [Job] = []
    private var byAttempt: [String: Int] = [:]
    private var byTask: [TaskKey: Int] = [:]

    private struct TaskKey: Hashable {
        let origin: ServerOrigin?
        let taskID: String
    }

    mutating func apply(_ entry: JournalEntry) {
        let origin = entry.origin
        switch entry.record {
        case .createAttempt(let attempt, let name, let request, let provenance, let time):
            var job = Job(origin: origin, attempt: attempt, name: name, confirmation: .unconfirmed, prompt: request["prompt"]?.stringValue,
                          request: request, submittedAt: time, updatedAt: time)
            job.provenance = provenance
            jobs.append(job)
            byAttempt[attempt] = jobs.count - 1
        case .created(let attempt, let task, let time):
            guard let index = byAttempt[attempt] else { return }
            jobs[index].taskID = task.taskID
            jobs[index].confirmation = .created
            jobs[index].status = task.status
            jobs[index].updatedAt = time
            byTask[TaskKey(origin: jobs[index].origin, taskID: task.taskID)] = index
        case .createFailed(let attempt, let mayExist, let error, let time):
            guard let index = byAttempt[attempt] else { return }
            jobs[index].confirmation = mayExist ? .unconfirmed : .rejected
            jobs[index].errorMessage = error
            jobs[index].updatedAt = time
        case .status(let info, let queries, let time):
            let index = index(forTask: TaskKey(origin: origin, taskID: info.taskID), time: time)
            jobs[index].status = info.status
            if let queries { jobs[index].queries = (jobs[index].queries ?? 0) + queries }
            if info.status.isTerminal, jobs[index].finishedAt == nil { jobs[index].finishedAt = time }
            jobs[index].progress = info.progress
            jobs[index].videoURL = info.videoURL ?? jobs[index].videoURL
            jobs[index].errorMessage = info.errorMessage ?? jobs[index].errorMessage
            jobs[index].updatedAt = time
        case .downloaded(let taskID, let path, let bytes, let time):
            let index = index(forTask: TaskKey(origin: origin, taskID: taskID), time: time)
            jobs[index].file = path
            jobs[index].saved[path] = bytes
            jobs[index].updatedAt = time
        }
    }

    private mutating func index(forTask key: TaskKey, time: Date) -> Int {
        if let index = byTask[key] { return index }
        jobs.append(Job(origin: key.origin, taskID: key.taskID, confirmation: .external, updatedAt: time))
        byTask[key] = jobs.count - 1
        return jobs.count - 1
    }
}
