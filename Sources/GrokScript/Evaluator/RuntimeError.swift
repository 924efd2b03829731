import GrokCore
import GrokSyntax

/// Everything that can go wrong while a command runs. All wording lives in
/// `wording`, as the checker's does; a client-core error keeps its own text.
enum RuntimeError: DiagnosticKind {
    /// The client core failed; `hint` adds advice the core cannot know.
    case client(GrokError, hint: String? = nil)
    case invalidCount(String)
    case assertionFailed(left: String, AssertStatement.Operator, right: String)
    case unreadableFile(path: String)
    case saveOutsideREPL
    case saveWouldReplace(path: String)
    case saveFailed(path: String, reason: String)
    case reportFailed(path: String, reason: String)
    /// `for name text in lines FILE` met a line with fewer fields than names.
    case tooFewFields(names: [String], found: Int, origin: String)
    case unreadableImage(path: String)
    case sourceTooDeep(limit: Int)
    case sourceCycle(path: String)
    case sourceFailed(path: String)
    case undefinedEnvironmentVariable(String, suggestion: String?)
    case missingScriptArgument(Int, given: Int)
    case invalidValue(ValueProblem)
    case invalidDuration(String)
    case unsetBuiltin(String)
    case undefinedVariable(String, suggestion: String?)
    case unconfirmedTask(reference: String)
    case noTask
    /// A value grew past `Limits.valueBytes`.
    case valueTooLarge(limit: Int)
    /// The rehearsal counted more creates than `max-tasks` allows.
    case overBudget(maxTasks: Int, paid: Bool)
    /// The rehearsal ran more statements than it will.
    case tooLong(steps: Int)
    /// The rehearsal counted more creates than any run is rehearsed for.
    case planTooLarge(limit: Int, paid: Bool)
    /// A `lines` file over the size `lines` reads.
    case fileTooLarge(path: String, limit: Int)
    /// A second download to one path, found by the rehearsal; `first`: where the first is.
    case downloadTwice(path: String, first: String)
    /// `set step on` with no terminal to wait for Enter on.
    case stepNeedsTerminal
    case wire(WireProblem)

    var wording: DiagnosticWording {
        switch self {
        case .client(let error, let hint):
            Self.wording(of: error, hint: hint)
        case .invalidCount(let text):
            DiagnosticWording(
                id: "run.invalid-count",
                message: "expected a whole number of repetitions, not '\(text)'",
                label: "repeat takes 0 or more"
            )
        case .assertionFailed(let left, let op, let right):
            DiagnosticWording(
                id: "run.assertion-failed",
                message: "assertion failed: '\(left)' \(op.rawValue) '\(right)'",
                label: op == .equal ? "the values differ" : "the values are equal"
            )
        case .unreadableFile(let path):
            DiagnosticWording(id: "run.unreadable-file", message: "cannot read '\(path)'")
        case .saveOutsideREPL:
            DiagnosticWording(id: "run.save-outside-repl", message: "'save' keeps a REPL session; a script is already saved",
                              hint: "start grok on a terminal with no script, then save PATH")
        case .saveWouldReplace(let path):
            DiagnosticWording(id: "run.save-exists", message: "'\(path)' exists; save does not replace a file",
                              hint: "save! \(path) replaces it, or choose another name")
        case .saveFailed(let path, let reason):
            DiagnosticWording(id: "run.save-failed", message: "cannot write '\(path)': \(reason)")
        case .reportFailed(let path, let reason):
            DiagnosticWording(id: "run.report-failed", message: "cannot write the report '\(path)': \(reason)")
        case .tooFewFields(let names, let found, let origin):
            DiagnosticWording(
                id: "run.too-few-fields",
                message: "\(origin) has \(found) field\(found == 1 ? "" : "s"), but the loop names \(names.count) (\(names.joined(separator: ", ")))",
                hint: "separate the fields with a tab (or blanks when the line has no tab); the last name takes the rest of the line"
            )
        case .unreadableImage(let path):
            DiagnosticWording(id: "run.unreadable-file", message: "cannot read the image '\(path)'")
        case .sourceTooDeep(let limit):
            DiagnosticWording(
                id: "run.source-depth",
                message: "scripts are sourced more than \(limit) deep",
                hint: "a chain of source commands probably loops through a path built at run time"
            )
        case .sourceCycle(let path):
            DiagnosticWording(id: "run.source-cycle", message: "'\(path)' is already running", label: "sourcing it again would never end")
        case .sourceFailed(let path):
            DiagnosticWording(id: "run.source-failed", message: "'\(path)' has errors, so none of it ran")
        case .undefinedEnvironmentVariable(let name, let suggestion):
            DiagnosticWording(
                id: "run.undefined-environment-variable",
                message: "environment variable '\(name)' is not set",
                label: suggestion.map { "did you mean $env.\($0)?" }
            )
        case .missingScriptArgument(let index, let given):
            DiagnosticWording(
                id: "run.missing-argument",
                message: "the script was given \(given) argument\(given == 1 ? "" : "s"), so $\(index) is not set",
                hint: "pass arguments after the script: grok FILE ARG…"
            )
        case .invalidValue(let problem):
            DiagnosticWording(id: "run.invalid-value", message: problem.message, label: problem.label)
        case .invalidDuration(let text):
            DiagnosticWording(id: "run.invalid-value", message: "invalid duration '\(text)'")
        case .unsetBuiltin(let name):
            DiagnosticWording(
                id: "run.unset-builtin",
                message: "$\(name) is not set yet",
                label: "no command has set it so far",
                hint: "$task and $status are set by submit, wait and status"
            )
        case .undefinedVariable(let name, let suggestion):
            DiagnosticWording(
                id: "run.undefined-variable",
                message: "undefined variable '$\(name)'",
                label: suggestion.map { "did you mean $\($0)?" },
                hint: "define it with: let \(name) = VALUE"
            )
        case .unconfirmedTask(let reference):
            DiagnosticWording(
                id: "run.unconfirmed-task",
                message: "the create for '\(reference)' was never confirmed",
                hint: "a task may exist: check the provider's dashboard before submitting again"
            )
        case .noTask:
            DiagnosticWording(id: "run.no-task", message: "no task yet", label: "submit one first, or name a task id")
        case .valueTooLarge(let limit):
            DiagnosticWording(
                id: "run.value-too-large",
                message: "this value would be larger than \(ByteCount.format(Int64(limit)))",
                label: "too large",
                hint: "a value that doubles in a loop grows without bound; values are limited to \(ByteCount.format(Int64(limit)))"
            )
        case .overBudget(let maxTasks, let paid):
            DiagnosticWording(
                id: "run.over-budget",
                message: "this run would create more than \(maxTasks) \(paid ? "paid " : "")task\(maxTasks == 1 ? "" : "s")",
                label: "task \(maxTasks + 1) is created here",
                hint: "nothing was sent; raise the limit with --max-tasks N or 'set max-tasks N' if you mean it"
            )
        case .tooLong(let steps):
            DiagnosticWording(
                id: "run.too-long-to-rehearse",
                message: "this run is too long to rehearse: more than \(steps) commands",
                label: "still running here",
                hint: "nothing was sent; shorten the loops"
            )
        case .planTooLarge(let limit, let paid):
            DiagnosticWording(
                id: "run.plan-too-large",
                message: "this run would create more than \(limit) \(paid ? "paid " : "")tasks: too many to rehearse",
                label: "still creating here",
                hint: "nothing was sent; split the work into several runs"
            )
        case .fileTooLarge(let path, let limit):
            DiagnosticWording(
                id: "run.file-too-large",
                message: "'\(path)' is larger than \(ByteCount.format(Int64(limit))), the most 'lines' reads",
                label: "too large",
                hint: "split the file, or keep the long texts in files of their own"
            )
        case .wire(let problem):
            problem.wording
        case .downloadTwice(let path, let first):
            DiagnosticWording(
                id: "run.download-twice",
                message: "this run downloads twice to '\(path)' (first at \(first))",
                label: "second download here",
                hint: "nothing was sent; give each download its own path with `to PATH`, or `set overwrite on` to keep the last"
            )
        case .stepNeedsTerminal:
            DiagnosticWording(
                id: "run.step-needs-terminal",
                message: "step mode needs a terminal: standard input is not one",
                label: "waits for Enter before each request",
                hint: "nothing was sent; run the script from a terminal, named as a file (grok FILE.grok), not piped in"
            )
        }
    }

    /// The exit status a run that ends on this error leaves with (SPEC §2).
    var status: ExitStatus {
        switch self {
        case .client(let error, _):
            error.exitStatus
        case .wire(let problem):
            problem.status
        case .assertionFailed, .undefinedEnvironmentVariable, .unsetBuiltin, .undefinedVariable, .unconfirmedTask, .saveFailed, .reportFailed:
            .runtimeError
        case .invalidCount, .unreadableFile, .tooFewFields, .saveOutsideREPL, .saveWouldReplace, .unreadableImage, .sourceTooDeep, .sourceCycle, .sourceFailed,
             .missingScriptArgument, .invalidValue, .invalidDuration, .noTask, .valueTooLarge, .overBudget, .tooLong,
             .planTooLarge, .fileTooLarge, .downloadTwice, .stepNeedsTerminal:
            .usage
        }
    }

    /// A create went out and its answer was lost: a paid task may exist, so this is
    /// reported even when the command was interrupted.
    var createOutcomeUnknown: Bool {
        if case .client(.createOutcomeUnknown, _) = self { true } else { false }
    }

    /// A single invalid draft field is explained under the carets, several as hints.
    private static func wording(of error: GrokError, hint extra: String?) -> DiagnosticWording {
        var label: String?
        var hints: [String] = []
        if case .invalidDraft(let problems) = error {
            if problems.count == 1 {
                label = problems.first?.scriptHint
            } else {
                hints = problems.map { $0.message + ($0.scriptHint.map { ": " + $0 } ?? "") }
            }
        } else if let hint = error.scriptHint {
            hints = [hint]
        }
        hints += extra.map { [$0] } ?? []
        return DiagnosticWording(id: "run." + ClientFailure(error).rawValue, message: error.description, label: label,
                                 notes: hints.map(Diagnostic.Note.hint))
    }
}

/// A command that failed while running: what went wrong, and where the command was written.
struct RuntimeFailure: Error {
    let error: RuntimeError
    let range: SourceRange

    init(_ error: RuntimeError, at range: SourceRange) {
        self.error = error
        self.range = range
    }

    var status: ExitStatus { error.status }
    var diagnostic: Diagnostic { Diagnostic(error, at: range) }
}

/// Ends a run early: `exit`, a failure under `on-error stop`, or an interruption.
enum Stop: Error {
    case exit(ExitStatus)
}
