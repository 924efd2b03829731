import Foundation
import GrokCore
import GrokSyntax

extension Evaluator {
    /// The tasks a `wait` or `status` is about, with their names. `unfinished`: `all` leaves
    /// out the tasks already known to be done (for `wait`).
    func tasks(_ selection: TaskSelection, unfinished: Bool, service: any VideoService, at range: SourceRange) async throws -> [TaskLabel] {
        switch selection {
        case .last:
            return [try await task(Word.last, service: service, at: range)]
        case .references(let arguments):
            var labels: [TaskLabel] = []
            for argument in arguments {
                let label = try await task(try value(of: argument), service: service, at: argument.range)
                if !labels.contains(label) { labels.append(label) }
            }
            return labels
        case .all:
            if !session.submitted.isEmpty || session.unconfirmedCreates > 0 {
                if session.unconfirmedCreates > 0 { warnUnconfirmed(session.unconfirmedCreates == 1 ? "a create of this session" : "\(session.unconfirmedCreates) creates of this session") }
                return session.submitted.filter { !unfinished || session.known[$0]?.status.isTerminal != true }
                    .map { TaskLabel(taskID: $0, name: session.name(of: $0)) }
            }
            let jobs: [Job]
            do { jobs = try await service.jobs(everyServer: false) } catch { throw RuntimeFailure(.client(error), at: range) }
            for job in jobs where job.confirmation == .unconfirmed {
                warnUnconfirmed(job.name.map { "the create of '\($0)'" } ?? "a create")
            }
            return jobs.compactMap { job in
                guard let taskID = job.taskID, !unfinished || job.status?.isTerminal != true else { return nil }
                return TaskLabel(taskID: taskID, name: job.name)
            }
        }
    }

    /// `all` cannot reach a task whose create was never confirmed: say so, for each.
    private func warnUnconfirmed(_ what: String) {
        reporter.emit(.warning("\(what) was never confirmed: a task may exist that 'all' cannot reach; check the provider's dashboard"))
    }

    /// `last`, a name from this session or the journal, or a task id.
    func task(_ reference: String, service: any VideoService, at range: SourceRange) async throws -> TaskLabel {
        if reference == Word.last, session.lastCreateUnconfirmed {
            throw RuntimeFailure(.unconfirmedTask(reference: reference), at: range)
        }
        if reference == Word.last, let taskID = session.builtins[.task] {
            return TaskLabel(taskID: taskID, name: session.name(of: taskID))
        }
        if let taskID = session.names[reference] { return TaskLabel(taskID: taskID, name: reference) }
        let job: Job?
        do { job = try await service.resolve(reference == Word.last ? .latest : .nameOrID(reference)) } catch { throw RuntimeFailure(.client(error), at: range) }
        if let job, let taskID = job.taskID { return TaskLabel(taskID: taskID, name: job.name) }
        if let job, job.confirmation == .unconfirmed {
            throw RuntimeFailure(.unconfirmedTask(reference: reference), at: range)
        }
        guard reference != Word.last else {
            throw RuntimeFailure(.noTask, at: range)
        }
        guessedIDs.insert(reference)
        return TaskLabel(taskID: reference, name: nil)
    }

    func wait(_ selection: TaskSelection, timeout: Duration?, at range: SourceRange) async throws {
        let service = try await service(at: range)
        let targets = try await tasks(selection, unfinished: true, service: service, at: range)
        guard !targets.isEmpty else { return reporter.emit(.echo("no unfinished tasks to wait for")) }
        let options = session.options
        let timeout = timeout ?? options.timeout
        let names = Dictionary(targets.map { ($0.taskID, $0.name) }, uniquingKeysWith: { first, _ in first })
        let reporter = self.reporter
        reporter.emit(.waitStarted(targets))
        let outcomes: [(taskID: String, outcome: WaitOutcome)]
        do {
            let pollImmediately = !targets.allSatisfy { session.wasSubmitted($0.taskID) }
            outcomes = try await Self.ticking(reporter, every: effects.tick) { () throws(GrokError) in try await service.wait(
                for: targets.map(\.taskID),
                schedule: PollSchedule(initialInterval: options.pollInterval, maximumInterval: options.maxPollInterval),
                timeout: timeout,
                pollImmediately: pollImmediately,
                onUpdate: { update in
                    let name = names[update.info.taskID] ?? nil
                    if update.info.status.isTerminal {
                        reporter.emit(.finished(update.info, name: name))
                    } else {
                        reporter.emit(.status(update.info, name: name, elapsed: update.elapsed))
                    }
                })
            }
        } catch {
            reporter.emit(.waitEnded)
            if error == .cancelled {
                let resume = targets.map { $0.name ?? $0.taskID }.joined(separator: " ")
                reporter.emit(.warning("interrupted: the tasks keep running; resume with: wait \(resume)"))
            }
            throw RuntimeFailure(.client(error), at: range)
        }
        reporter.emit(.waitEnded)

        var failures: [RuntimeFailure] = []
        var summary = WaitSummary()
        for (taskID, outcome) in outcomes {
            let name = names[taskID] ?? nil
            summary.count(outcome)
            switch outcome {
            case .finished(let info):
                remember(info)
                if info.status.isSuccess {
                    guard options.autoDownload else { continue }
                    // One download that fails does not keep the other videos from being saved.
                    do { try await download(reference: taskID, to: nil, at: range) } catch let failure as RuntimeFailure {
                        guard failure.status != .interrupted else { throw failure }
                        failures.append(failure)
                    }
                } else {
                    failures.append(RuntimeFailure(.client(.taskFailed(taskID: TaskLabel(taskID: taskID, name: name).text,
                                                                       status: info.status.description, message: info.errorMessage)), at: range))
                }
            case .timedOut(let last):
                if let last { remember(last) }
                reporter.emit(.timedOut(taskID: taskID, name: name, last: last, after: timeout))
                failures.append(RuntimeFailure(.client(.waitTimedOut(taskID: name ?? taskID, after: timeout)), at: range))
            case .failed(let error):
                failures.append(explained(RuntimeFailure(.client(error), at: range), taskID: taskID))
            }
        }
        if outcomes.count > 1 { reporter.emit(.waitSummary(summary)) }
        try await report(failures)
    }

    /// Runs `work` while the reporter gets a `.tick` every second, so live elapsed times move
    /// between answers.
    static func ticking<Value: Sendable>(
        _ reporter: any Reporter, every tick: Duration?, _ work: @escaping @Sendable () async throws(GrokError) -> Value
    ) async throws(GrokError) -> Value {
        guard let tick else { return try await work() }
        let result = await withTaskGroup(of: Result<Value, GrokError>?.self) { group in
            group.addTask {
                do throws(GrokError) { return .success(try await work()) } catch { return .failure(error) }
            }
            group.addTask {
                while (try? await Task.sleep(for: tick)) != nil { reporter.emit(.tick) }
                return nil
            }
            var outcome: Result<Value, GrokError> = .failure(.cancelled)
            for await value in group {
                guard let value else { continue }
                outcome = value
                group.cancelAll()
            }
            return outcome
        }
        return try result.get()
    }

    func status(_ selection: TaskSelection, at range: SourceRange) async throws {
        let service = try await service(at: range)
        var failures: [RuntimeFailure] = []
        for target in try await tasks(selection, unfinished: false, service: service, at: range) {
            do {
                let info = try await service.query(taskID: target.taskID)
                remember(info)
                reporter.emit(.status(info, name: target.name, elapsed: nil))
            } catch {
                guard error != .cancelled else { throw RuntimeFailure(.client(error), at: range) }
                failures.append(explained(RuntimeFailure(.client(error), at: range), taskID: target.taskID))
            }
        }
        try await report(failures)
    }

    /// A reference that was neither a name nor a known id, which the API did not know either.
    private func explained(_ failure: RuntimeFailure, taskID: String) -> RuntimeFailure {
        guard guessedIDs.contains(taskID), case .client(let error, _) = failure.error,
              [.api, .response].contains(ClientFailure(error)) else { return failure }
        let hint = "'\(taskID)' is not a task name of this session or the journal, so it was sent as a task id; `jobs` lists the tasks"
        return RuntimeFailure(.client(error, hint: hint), at: failure.range)
    }

    /// Every failure but the last is reported here; the last is thrown, so the run stops
    /// (or goes on) once for the whole command.
    func report(_ failures: [RuntimeFailure]) async throws {
        guard let last = failures.last else { return }
        for failure in failures.dropLast() { try await fail(failure) }
        throw last
    }

    /// Keeps the latest state of a task and sets the built-in variables from it.
    func remember(_ info: TaskInfo) {
        session.known[info.taskID] = info
        record(.task, info.taskID)
        record(.status, info.status.description)
        if let progress = info.progress { record(.progress, JSONValue.number(progress).compactText) }
        if let url = info.videoURL { record(.videoURL, url.absoluteString) }
        if let message = info.errorMessage { record(.error, message) }
    }

    /// `jobs`: the last 20 of this server's jobs, rejected creates left out; `jobs all`: every
    /// job of every server, with its host.
    func jobs(all: Bool, at range: SourceRange) async throws {
        let service = try await service(at: range)
        do {
            let jobs = try await service.jobs(everyServer: all)
            let shown = all ? jobs : Array(jobs.filter { $0.confirmation != .rejected }.suffix(20))
            reporter.emit(.jobs(shown, now: Date(), everyServer: all))
        } catch {
            throw RuntimeFailure(.client(error), at: range)
        }
    }
}
