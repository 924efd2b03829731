import GrokCore
import GrokSyntax
import Synchronization

/// A run rehearsed before it sends anything (SPEC §3.6): the same evaluator, on a copy of
/// the session, against `RehearsalService`. It prints nothing, sleeps nowhere and writes
/// no file; what it finds that does not hang on a server's answer is reported with its
/// position, and the run does not start.
public struct Rehearsal: Sendable {
    /// Errors found, each with the file it is in.
    public let diagnostics: [(Diagnostic, SourceFile)]
    public let plan: Plan

    public var failed: Bool { !diagnostics.isEmpty }

    /// More statements than this and the rehearsal gives up: a loop that long is a mistake.
    public static let stepLimit = 1_000_000
    /// More creates than this and the rehearsal gives up, whatever `max-tasks` says: a plan
    /// that large is a mistake, and rehearsing it would cost the memory of every task.
    public static let createLimit = 10_000

    /// What a rehearsal starts from: a copy of the session that will run the script.
    public struct Start: Sendable {
        let session: Session
        let environment: [String: String]
        let keepGoing: Bool
        /// The journal the run will read, for the options in force (its names, its saved videos).
        let journal: @Sendable (SessionOptions) async -> JournalView?

        public init(session: Session, environment: [String: String], keepGoing: Bool,
                    journal: @escaping @Sendable (SessionOptions) async -> JournalView? = { _ in nil }) {
            self.session = session
            self.environment = environment
            self.keepGoing = keepGoing
            self.journal = journal
        }
    }

    /// Rehearses the statements of `source` as the checker passes them, batch by batch, as
    /// the start's session would run them; its `max-tasks` bounds the plan's creates.
    public static func run(_ batches: AsyncStream<CheckedBatch>, source: SourceFile, directory: String, from start: Start) async -> Rehearsal {
        var session = start.session
        // Which commands fail, and so what `$error` says, is for the server to tell.
        if session.builtins[.error] == nil { session.builtins[.error] = StandIn.marked("an error") }
        let service = RehearsalService(journal: start.journal)
        let collector = DiagnosticCollectingReporter()
        let evaluator = Evaluator(session: session, reporter: collector, services: service, effects: RehearsalEffects(service: service, paid: session.options.paid),
                                  environment: start.environment, keepGoing: start.keepGoing)
        do {
            for await batch in batches {
                try await evaluator.run(source, directory: directory, statements: batch.statements, sourced: batch.sourced)
            }
        } catch let stop as RehearsalStop {
            collector.report(stop.diagnostic, in: stop.source)
        } catch {
            // `exit`, or the end of the run under `on-error stop`: what was found is reported.
        }
        var plan = service.plan
        plan.paid = start.session.options.paid
        return Rehearsal(diagnostics: collector.collected, plan: plan)
    }
}

/// Ends a rehearsal early, with the error that says why.
struct RehearsalStop: Error {
    let diagnostic: Diagnostic
    let source: SourceFile

    init(_ error: RuntimeError, at range: SourceRange, in source: SourceFile) {
        self.diagnostic = Diagnostic(error, at: range)
        self.source = source
    }
}

/// A reporter that keeps the diagnostics and drops all other output.
final class DiagnosticCollectingReporter: Reporter {
    private let kept = Mutex<[(Diagnostic, SourceFile)]>([])

    var collected: [(Diagnostic, SourceFile)] { kept.withLock { $0 } }

    func emit(_ event: OutputEvent) {}

    func report(_ diagnostic: Diagnostic, in source: SourceFile) {
        kept.withLock { $0.append((diagnostic, source)) }
    }
}
