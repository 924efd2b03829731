import GrokSyntax

/// A rehearsal's effects: no clock, no sleep, no file written, and its own accounting —
/// the statements run, whether the one running read a stand-in, the plan's budget.
final class RehearsalEffects: RunEffects, @unchecked Sendable {
    private let service: RehearsalService
    /// The statement being run read a stand-in: its failure is the real answer's to judge.
    private var readStandIn = false
    private var steps = 0

    init(service: RehearsalService) {
        self.service = service
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
        if let maxTasks, creates > maxTasks { throw RehearsalStop(.overBudget(maxTasks: maxTasks), at: range, in: source) }
        if creates > Rehearsal.createLimit { throw RehearsalStop(.planTooLarge(limit: Rehearsal.createLimit), at: range, in: source) }
    }

    func sleep(for duration: Duration) async throws {}

    /// A rehearsed wait answers at once: no clock to tick.
    var tick: Duration? { nil }

    func write(_ text: String, to path: String, replacing: Bool) throws(FileWriteError) {}
}
