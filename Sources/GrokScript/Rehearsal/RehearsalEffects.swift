import GrokCore
import GrokSyntax

/// A rehearsal's effects: no clock, no sleep, no file written, and its own accounting —
/// the statements run, whether the one running read a stand-in, the plan's budget.
final class RehearsalEffects: RunEffects, @unchecked Sendable {
    private let service: RehearsalService
    /// The statement being run read a stand-in: its failure is the real answer's to judge.
    private var readStandIn = false
    private var steps = 0
    /// Each path the run downloads to (absolute), with the task and where the first download to it is.
    private var targets: [String: (task: String, file: String, line: Int)] = [:]

    /// Whether the run's creates cost money: what the refusals call them.
    private let paid: Bool

    init(service: RehearsalService, paid: Bool) {
        self.service = service
        self.paid = paid
    }

    /// Counts one statement; a run too long to rehearse stops here.
    func willRun(_ range: SourceRange, in source: SourceFile) throws {
        steps += 1
        readStandIn = false
        if steps > Rehearsal.stepLimit {
            throw RehearsalStop(.tooLong(steps: Rehearsal.stepLimit), at: range, in: source)
        }
    }

    /// Only a variable can hold a server's value, so only a variable read can be a stand-in.
    func didRead(_ value: String) {
        if StandIn.isIn(value) { readStandIn = true }
    }

    var judgesFailure: Bool { !readStandIn }

    func answer(_ value: String) -> String { StandIn.marked(value) }

    /// A plan over the budget (`max-tasks` as it is set at that point) stops the rehearsal at that `submit`.
    func didCreate(maxTasks: Int?, at range: SourceRange, in source: SourceFile) throws {
        let creates = service.plan.creates
        if let maxTasks, creates > maxTasks { throw RehearsalStop(.overBudget(maxTasks: maxTasks, paid: paid), at: range, in: source) }
        if creates > Rehearsal.createLimit { throw RehearsalStop(.planTooLarge(limit: Rehearsal.createLimit, paid: paid), at: range, in: source) }
    }

    func sleep(for duration: Duration) async throws {}

    /// A rehearsed wait answers at once: no clock to tick.
    var tick: Duration? { nil }

    func write(_ text: String, to path: String, replacing: Bool) throws(FileWriteError) {}

    /// A second download of another task to one path would fail on the first's file (or
    /// replace it, under `overwrite`): found here, before anything is paid for. The same
    /// task again finds its video already there.
    func download(_ task: String, to path: String, overwrite: Bool, at range: SourceRange, in source: SourceFile?,
                  fetch: () async throws -> DownloadResult?) async throws -> DownloadResult? {
        let absolute = DownloadTarget.journalPath(path)
        guard let first = targets[absolute] else {
            if let source { targets[absolute] = (task, source.name, source.line(containing: range.start)) }
            return try await fetch()
        }
        guard first.task != task || overwrite else { return nil }
        if !overwrite {
            let place = first.file == source?.name ? "line \(first.line)" : "\(first.file):\(first.line)"
            throw RuntimeFailure(.downloadTwice(path: path, first: place), at: range)
        }
        return try await fetch()
    }
}
