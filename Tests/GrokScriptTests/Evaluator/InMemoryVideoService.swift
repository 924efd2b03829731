import Foundation
@testable import GrokCore
import GrokScript
import Synchronization

/// The API and the journal in memory, for evaluator unit tests: no process, no socket.
/// Tasks move one step per query, as the sandbox's query pace does: queued, processing 50 %,
/// then completed (or failed for a prompt holding `[fail]`); `[never]` stays queued.
/// Every call is counted in `calls`, so a test can say exactly what was "sent".
final class InMemoryVideoService: VideoService, ServiceProvider {
    struct Call: Equatable {
        let name: String
        let argument: String
    }

    struct State {
        var calls: [Call] = []
        var prompts: [String: String] = [:]
        var queries: [String: Int] = [:]
        var jobs: [Job] = []
    }

    /// Errors to answer with, per call name (`submit`, `upload`, `query`, `download`, `balances`, `service`), used once each.
    private let failures: Mutex<[String: [GrokError]]>
    private let state = Mutex(State())

    init(failing failures: [String: [GrokError]] = [:], jobs: [Job] = []) {
        self.failures = Mutex(failures)
        state.withLock { $0.jobs = jobs }
    }

    var calls: [Call] { state.withLock { $0.calls } }
    func calls(_ name: String) -> [Call] { calls.filter { $0.name == name } }

    /// Records the call; throws the next failure queued for it.
    private func call(_ name: String, _ argument: String = "") throws(GrokError) {
        state.withLock { $0.calls.append(Call(name: name, argument: argument)) }
        let failure = failures.withLock { queue -> GrokError? in
            guard var errors = queue[name], !errors.isEmpty else { return nil }
            let first = errors.removeFirst()
            queue[name] = errors
            return first
        }
        if let failure { throw failure }
    }

    // MARK: ServiceProvider

    func service(for options: SessionOptions) throws(GrokError) -> any VideoService {
        let failure = failures.withLock { queue -> GrokError? in
            guard var errors = queue["service"], !errors.isEmpty else { return nil }
            let first = errors.removeFirst()
            queue["service"] = errors
            return first
        }
        if let failure { throw failure }
        return self
    }

    /// Whatever reached `submit`, `upload`, `query`, `wait`, `download` or `balances` counts as sent.
    func hasSent() -> Bool {
        calls.contains { ["submit", "upload", "query", "wait", "download", "balances"].contains($0.name) }
    }

    func shutdown() async {}

    // MARK: VideoService

    func submit(_ request: CreateRequest, name: String?, provenance: Provenance) async throws(GrokError) -> CreatedTask {
        try call("submit", request.prompt)
        let id = state.withLock { state -> String in
            let id = "mem-\(state.prompts.count + 1)"
            state.prompts[id] = request.prompt
            state.jobs.append(Job(name: name, taskID: id, confirmation: .created, status: .queued, prompt: request.prompt, updatedAt: Date()))
            return id
        }
        return CreatedTask(taskID: id, status: .queued)
    }

    func upload(path: String) async throws(GrokError) -> UploadedFile {
        try call("upload", path)
        let name = URL(fileURLWithPath: path).lastPathComponent
        return UploadedFile(url: URL(string: "https://uploads.invalid/\(name)") ?? URL(fileURLWithPath: "/"), filename: name, size: 1, mimeType: nil)
    }

    func query(taskID: String) async throws(GrokError) -> TaskInfo {
        try call("query", taskID)
        return try step(taskID)
    }

    /// One more query of the task: where it stands now.
    private func step(_ taskID: String) throws(GrokError) -> TaskInfo {
        let (prompt, count) = state.withLock { state in
            state.queries[taskID, default: 0] += 1
            return (state.prompts[taskID], state.queries[taskID, default: 0])
        }
        guard let prompt else { throw .api(code: 20002, message: "task not found: \(taskID)", httpStatus: 404) }
        if prompt.contains("[never]") || count < 2 { return TaskInfo(taskID: taskID, status: .queued) }
        if count == 2 { return TaskInfo(taskID: taskID, status: TaskStatus("processing"), progress: 50) }
        if prompt.contains("[fail]") {
            return TaskInfo(taskID: taskID, status: TaskStatus("failed"), errorMessage: "PROVIDER_MODERATION_ERROR: TRADEMARK")
        }
        return TaskInfo(taskID: taskID, status: TaskStatus("completed"), progress: 100,
                        videoURL: URL(string: "https://videos.invalid/\(taskID).mp4"))
    }

    /// Queries each task until it ends; a `[never]` task times out after three queries.
    func wait(for taskIDs: [String], schedule: PollSchedule, timeout: Duration, pollImmediately: Bool,
              onUpdate: @escaping @Sendable (WaitUpdate) async -> Void) async throws(GrokError) -> [(taskID: String, outcome: WaitOutcome)] {
        try call("wait", taskIDs.joined(separator: " "))
        var outcomes: [(taskID: String, outcome: WaitOutcome)] = []
        for taskID in taskIDs {
            var last: TaskInfo?
            var outcome: WaitOutcome = .timedOut(nil)
            for _ in 0..<3 {
                let info: TaskInfo
                do { info = try step(taskID) } catch { outcome = .failed(error); break }
                if info.status != last?.status { await onUpdate(WaitUpdate(info: info, elapsed: .zero)) }
                last = info
                outcome = info.status.isTerminal ? .finished(info) : .timedOut(info)
                if info.status.isTerminal { break }
            }
            outcomes.append((taskID, outcome))
        }
        return outcomes
    }

    func download(from url: URL, to path: String, overwrite: Bool, taskID: String?,
                  progress: @escaping @Sendable (DownloadProgress) -> Void) async throws(GrokError) -> DownloadResult? {
        try call("download", "\(url.absoluteString) \(path)")
        progress(DownloadProgress(received: 2048, total: 2048))
        return DownloadResult(path: path, bytes: 2048, resumedFrom: 0, attempts: 1)
    }

    func savedVideo(of taskID: String, at path: String) async -> Int64? { nil }

    func balances() async throws(GrokError) -> (UserBalance, KeyBalance)? {
        try call("balances")
        return (UserBalance(balance: 100, usedCoin: 1, available: 99),
                KeyBalance(name: "memory", totalQuota: 0, usedQuota: 0, availableQuota: 0, unlimited: true))
    }

    func jobs(everyServer: Bool) async throws(GrokError) -> [Job] {
        try call("jobs", everyServer ? "every server" : "")
        return state.withLock { $0.jobs }
    }

    /// The call is counted with the argument `latest` or the name or id.
    func resolve(_ reference: JobReference) async throws(GrokError) -> Job? {
        switch reference {
        case .latest:
            try call("resolve", "latest")
            return state.withLock { state in state.jobs.last { $0.taskID != nil } }
        case .nameOrID(let text):
            try call("resolve", text)
            return state.withLock { state in state.jobs.last { $0.name == text || $0.taskID == text } }
        }
    }
}
