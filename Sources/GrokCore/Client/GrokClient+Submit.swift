import Foundation

extension GrokClient {
    /// Creates a task with the journal kept on both sides of the call: the attempt is
    /// synced to disk before the request is sent, and the answer (or the failure, and
    /// whether a task may nevertheless exist) right after.
    public func submit(_ request: CreateRequest, name: String?, journal: Journal) async throws(GrokError) -> CreatedTask {
        let attempt = try await journal.recordCreateAttempt(name: name, request: request)
        let task: CreatedTask
        do {
            task = try await create(request)
        } catch {
            let mayExist: Bool
            if case .createOutcomeUnknown = error { mayExist = true } else { mayExist = false }
            try? await journal.record(.createFailed(attempt: attempt, mayExist: mayExist, error: error.description, time: Date()))
            throw error
        }
        // A paid task exists now: if the journal cannot say so (a full disk), the id goes
        // out with the error rather than being lost.
        do {
            try await journal.record(.created(attempt: attempt, task: task, time: Date()))
        } catch {
            throw .createdButNotRecorded(taskID: task.taskID, reason: error.description)
        }
        return task
    }
}
