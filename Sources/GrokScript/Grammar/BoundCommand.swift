import GrokSyntax

/// A command after checking: its name resolved and its keywords (`as`, `to`, `all`,
/// `timeout`, `show` targets) taken apart, so the evaluator never re-reads words.
/// Arguments stay unevaluated: interpolation happens at run time.
public enum BoundCommand: Sendable, Equatable {
    /// `set KEY VALUE`, and its short forms `model VALUE`, `prompt WORDS…`, `ratio VALUE`…:
    /// several words are joined by one space. (`image none` is `unset image`.)
    case set(SettingKey, [Argument])
    /// `set` alone: list every draft field and session option.
    case listSettings
    case unset(SettingKey)
    case reset
    case show(ShowTarget)
    case submit(name: Argument?)
    case wait(TaskSelection, timeout: Argument?)
    case status(TaskSelection)
    case download(reference: Argument?, to: Argument?)
    /// `download all [to DIR]`: every completed task of the session (or the journal).
    case downloadAll(to: Argument?)
    case jobs(all: Bool)
    /// `report PATH`: the HTML page of the tasks this session created or touched.
    case report(Argument)
    case upload(Argument)
    case balance
    case echo([Argument])
    case sleep(Argument)
    case source(Argument)
    case help(topic: String?)
    /// `save PATH` (refuses an existing file) or `save! PATH` (replaces it): the REPL's transcript.
    case save(Argument, replace: Bool)
    case exit(code: Argument?)
    /// `record FILE.md` starts a Markdown handout of the session; `record off` stops it.
    case record(Argument)
}

public enum ShowTarget: Sendable, Equatable {
    case draft, request, options, jobs, response
    /// `nil`: the create; otherwise one of the other calls.
    case curl(CurlCall?)
    case job(Argument?)
    /// `show exchange N`: exchange `#N` of the trace.
    case exchange(Argument)
}

/// `show curl status REF`, `download REF`, `upload PATH`, `balance`: the calls besides the create.
public enum CurlCall: Sendable, Equatable {
    case status(Argument?)
    case download(Argument?)
    case upload(Argument)
    case balance

    public enum Name: String, Sendable, CaseIterable { case status, download, upload, balance }
}

/// Which tasks a `wait` or `status` is about.
public enum TaskSelection: Sendable, Equatable {
    /// No reference given: the last task.
    case last
    /// `all`: every task of this session, or with none, every unfinished task in the journal.
    case all
    /// Task ids, names or `last`.
    case references([Argument])
}

/// A statement after checking, ready to run.
/// Only the loops are `indirect`: boxing every statement would cost `grok check`
/// an allocation per line.
public enum CheckedStatement: Sendable, Equatable {
    case command(BoundCommand, Command)
    case `let`(LetStatement)
    indirect case `for`(ForStatement, body: [CheckedStatement])
    indirect case `repeat`(RepeatStatement, body: [CheckedStatement])
    case `assert`(AssertStatement)

    public var range: SourceRange {
        switch self {
        case .command(_, let command): command.range
        case .let(let statement): statement.range
        case .for(let statement, _): statement.range
        case .repeat(let statement, _): statement.range
        case .assert(let statement): statement.range
        }
    }
}

/// A script that passed the checker (or the statements of it that did, with diagnostics).
public struct CheckedScript: Sendable, Equatable {
    public var source: SourceFile
    public var statements: [CheckedStatement]
    /// Errors and warnings of every stage for this file, in source order.
    public var diagnostics: [Diagnostic]
    /// Checked files named by `source` with literal paths, keyed by resolved path.
    public var sourcedFiles: [String: CheckedScript]

    public init(source: SourceFile, statements: [CheckedStatement], diagnostics: [Diagnostic], sourcedFiles: [String: CheckedScript] = [:]) {
        self.source = source
        self.statements = statements
        self.diagnostics = diagnostics
        self.sourcedFiles = sourcedFiles
    }

    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error } || sourcedFiles.values.contains { $0.hasErrors }
    }
}
