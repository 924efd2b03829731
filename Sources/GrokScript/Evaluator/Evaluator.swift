import Foundation
import GrokCore
import GrokSyntax

/// Runs checked statements, one after another, against a session. Talks to the API only
/// through a `VideoService` and to the user only through a `Reporter`.
public final class Evaluator {
    public internal(set) var session: Session
    let reporter: any Reporter
    let services: any ServiceProvider
    let environment: [String: String]
    let keepGoing: Bool
    /// Set once `exit` or `quit` has run: the status to leave with. A REPL ends its loop on it.
    public internal(set) var exitRequested: ExitStatus?
    /// Whether the last entry (or script) run had a failure of its own: a REPL's `save` keeps
    /// only entries that did not. (`session.status` is the first failure of the whole session.)
    public internal(set) var entryFailed = false
    /// References that matched no name and were sent as task ids as they are.
    var guessedIDs: Set<String> = []
    /// The file being run and the directory its relative input paths start from.
    var frames: [(source: SourceFile, directory: String)] = []
    /// The lines of files that `for … in lines` loops are on, innermost last: `names.txt:3`.
    /// Each loop's names with the values they hold (with several names, each its field).
    var iterations: [(values: [(name: String, value: String)], origin: String)] = []
    /// What makes this a real run, a dry run or a rehearsal (SPEC §3.6), besides the service and reporter.
    let effects: any RunEffects
    /// The Markdown handout `record` writes; `nil` where nothing is recorded (a dry run, the rehearsal).
    let handout: Handout?

    /// The largest value a script may hold, written, read from a file or joined from parts
    /// (SPEC §3.2): larger is an error at its position, never an abort. The checker refuses
    /// a larger written value before anything runs.
    public static let valueLimit = 1 << 20

    /// The largest file `for … in lines` reads, told before reading it: the run, and its
    /// rehearsal, stay small whatever the file.
    public static let linesFileLimit = 16 << 20

    /// A real run: requests go out through `services`.
    /// A real run: requests go out through `services`. `handout`: what `record` writes to; the
    /// reporter should be a `HandoutReporter` around it, so the handout sees what is printed.
    public convenience init(session: Session, reporter: any Reporter, services: any ServiceProvider,
                            environment: [String: String], keepGoing: Bool, handout: Handout? = nil) {
        self.init(session: session, reporter: reporter, services: services, effects: LiveEffects(),
                  environment: environment, keepGoing: keepGoing, handout: handout)
    }

    init(session: Session, reporter: any Reporter, services: any ServiceProvider, effects: any RunEffects,
         environment: [String: String], keepGoing: Bool, handout: Handout? = nil) {
        self.session = session
        self.reporter = reporter
        self.services = services
        self.effects = effects
        self.handout = handout
        self.environment = environment
        self.keepGoing = keepGoing
    }

    /// What a rehearsal of the next run starts from: a copy of this session.
    public var rehearsalStart: Rehearsal.Start {
        Rehearsal.Start(session: session, environment: environment, keepGoing: keepGoing) { [services] in await services.journal(for: $0) }
    }

    /// Runs a whole script (or one REPL entry). Returns the exit status the run stands for:
    /// the first failure's, or that given to `exit`. Cancellation ends it with 130.
    public func run(_ script: CheckedScript, directory: String) async -> ExitStatus {
        do {
            try await run(script.source, directory: directory, statements: script.statements, sourced: script.sourcedFiles)
        } catch Stop.exit(let status) {
            return status
        } catch {
            return .interrupted
        }
        return session.status
    }

    /// A run refused before it started (a check or rehearsal error) counts as a failure of the
    /// session like a failed command, so a REPL's `quit` leaves with it (status 2).
    @discardableResult
    public func remember(_ status: ExitStatus) -> ExitStatus {
        entryFailed = true
        if session.status == .success { session.status = status }
        return status
    }

    /// `sourced`: every file the checker read for this run, by absolute path.
    func run(_ source: SourceFile, directory: String, statements: [CheckedStatement], sourced: [String: CheckedScript]) async throws {
        frames.append((source, directory))
        defer { frames.removeLast() }
        guard frames.count == 1, let handout else { return try await execute(statements, sourced: sourced) }
        // A handout shows each top-level statement, then what it printed and sent.
        for statement in statements {
            if case .command(.record, _) = statement {} else if handout.isRecording { handout.entry(source.text(of: statement.range)) }
            defer { handout.endEntry() }
            try await execute([statement], sourced: sourced)
        }
    }

    private func execute(_ statements: [CheckedStatement], sourced: [String: CheckedScript]) async throws {
        for statement in statements {
            try Task.checkCancellation()
            do {
                if let frame = frames.last { try effects.willRun(statement.range, in: frame.source) }
                // Most statements only change the session: they run without an async call.
                if let work = try execute(statement, sourced: sourced) {
                    try await work()
                    await followStepSkip()
                }
            } catch let failure as RuntimeFailure {
                try await fail(failure)
            }
        }
    }

    /// Reports a failed command, remembers its status, and stops unless the run goes on after errors.
    func fail(_ failure: RuntimeFailure) async throws {
        guard effects.judgesFailure else { return }
        let interrupted = failure.status == .interrupted
        // An interrupted command says nothing more, unless a paid create may have gone out.
        if !interrupted || failure.error.createOutcomeUnknown, let frame = frames.last {
            reporter.report(withIterations(failure.diagnostic), in: frame.source)
        }
        if interrupted { throw CancellationError() }
        session.builtins[.error] = failure.diagnostic.message
        entryFailed = true
        // Status 2 promises that nothing was sent; once a request may have gone out, a usage error is a runtime error.
        let sent = failure.status == .usage ? await services.hasSent() : false
        let status = sent ? ExitStatus.runtimeError : failure.status
        if session.status == .success { session.status = status }
        if !keepGoing, session.options.onError == .stop { throw Stop.exit(session.status) }
    }

    /// What each statement does; a loop, or a command that suspends, comes back as the work to await.
    private func execute(_ statement: CheckedStatement, sourced: [String: CheckedScript]) throws -> Suspending? {
        switch statement {
        case .command(let command, let syntax):
            return try execute(command, syntax, sourced: sourced)
        case .let(let statement):
            session.variables[statement.name.text] = try value(of: statement.value)
        case .assert(let statement):
            let (left, right) = (try value(of: statement.lhs), try value(of: statement.rhs))
            let holds = statement.op == .equal ? left == right : left != right
            guard holds else {
                throw RuntimeFailure(.assertionFailed(left: left, statement.op, right: right), at: statement.range)
            }
        case .for(let statement, let body):
            let items = try loopItems(statement.source)
            return {
                for item in items {
                    try Task.checkCancellation()
                    try self.bind(statement, to: item)
                    if let origin = item.origin {
                        let names = ([statement.variable] + statement.fields).map(\.text)
                        self.iterations.append((names.map { ($0, self.session.variables[$0] ?? item.value) }, origin))
                    }
                    defer { if item.origin != nil { self.iterations.removeLast() } }
                    try await self.execute(body, sourced: sourced)
                }
            }
        case .repeat(let statement, let body):
            let text = try value(of: statement.count)
            guard let count = Int(text), count >= 0 else {
                throw RuntimeFailure(.invalidCount(text), at: statement.count.range)
            }
            return {
                for _ in 0..<count {
                    try Task.checkCancellation()
                    try await self.execute(body, sourced: sourced)
                }
            }
        }
        return nil
    }

    /// Each value a loop takes, with the file line it came from (`names.txt:3`) for `lines`.
    private func loopItems(_ source: ForStatement.Source) throws -> [(value: String, origin: String?)] {
        switch source {
        case .words(let arguments):
            return try arguments.map { (try value(of: $0), nil) }
        case .lines(let path):
            let resolved = resolveInputPath(try value(of: path))
            if let size = FileSystem.size(resolved), size > Self.linesFileLimit {
                throw RuntimeFailure(.fileTooLarge(path: resolved, limit: Self.linesFileLimit), at: path.range)
            }
            guard let bytes = FileSystem.read(resolved) else {
                throw RuntimeFailure(.unreadableFile(path: resolved), at: path.range)
            }
            let lines = String(decoding: bytes, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            return lines.enumerated().compactMap { index, line in
                line.trimmingCharacters(in: .whitespaces).isEmpty ? nil : (String(line), "\(resolved):\(index + 1)")
            }
        }
    }

    /// Sets the loop's variable to the item; with several names, to its fields in order.
    private func bind(_ loop: ForStatement, to item: (value: String, origin: String?)) throws {
        guard !loop.fields.isEmpty else {
            session.variables[loop.variable.text] = item.value
            return
        }
        let names = ([loop.variable] + loop.fields).map(\.text)
        let fields = LineFields.split(item.value, into: names.count)
        guard fields.count == names.count else {
            let range = if case .lines(let path) = loop.source { path.range } else { loop.variable.range }
            throw RuntimeFailure(.tooFewFields(names: names, found: fields.count, origin: item.origin ?? "the line"), at: range)
        }
        for (name, field) in zip(names, fields) { session.variables[name] = field }
    }

    /// A failure inside `for … in lines` loops says which line of which file it was on.
    private func withIterations(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        for iteration in iterations {
            let values = iteration.values.map { "$\($0.name) is '\(DiagnosticWording.excerpt($0.value))'" }
            diagnostic.notes.append(.note(values.joined(separator: ", ") + ", from \(iteration.origin)"))
        }
        return diagnostic
    }

    /// Sets a built-in variable from a server's answer.
    func record(_ variable: BuiltinVariable, _ value: String) {
        session.builtins[variable] = effects.answer(value)
    }

    /// The service for the current options; a configuration error is the command's error.
    func service(at range: SourceRange) async throws -> any VideoService {
        await followStepSkip()
        do {
            return try await services.service(for: session.options)
        } catch {
            throw RuntimeFailure(.client(error), at: range)
        }
    }

    /// An `s` at a step pause turns step mode off in the session too, so `show options`
    /// says so and `set step on` turns it on again.
    private func followStepSkip() async {
        if session.options.step, await services.stepsSkipped() { session.options.step = false }
    }

    /// Relative input paths start from the directory of the file that names them; the
    /// result stays relative to the working directory when it is inside it, as people
    /// would write it.
    func resolveInputPath(_ path: String) -> String {
        let expanded = Self.expandHome(path, environment: environment)
        guard !expanded.hasPrefix("/"), let directory = frames.last?.directory else { return expanded }
        let resolved = URL(fileURLWithPath: directory).appendingPathComponent(expanded).standardizedFileURL.path
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        return resolved.hasPrefix(cwd + "/") ? String(resolved.dropFirst(cwd.count + 1)) : resolved
    }

    static func expandHome(_ path: String, environment: [String: String]) -> String {
        FilePath.expandingHome(path, home: environment["HOME"])
    }
}
