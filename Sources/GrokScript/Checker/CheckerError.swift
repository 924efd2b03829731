import GrokCore
import GrokSyntax

/// Everything the static checker can report. All wording lives in `wording`;
/// names and values arrive unquoted and are quoted here.
public enum CheckerError: DiagnosticKind, Equatable {
    case unknownCommand(String, suggestion: String?)
    /// `'let' x`: a structural keyword written quoted, so it is not one.
    case quotedKeyword(String)
    /// A required argument is absent; `after` is the command or keyword it follows.
    case missingArgument(after: String, expected: String, usage: String)
    case extraArguments(command: String, usage: String)
    case unexpectedArgument(command: String, found: String, expected: String, usage: String)
    /// `wait all a`: `all` with task references.
    case allNotAlone(command: String)
    /// A keyword position (`set` key, `show` target, `help` topic) holds an interpolation.
    case notLiteral(what: String, command: String)
    case unknownSetting(String, suggestion: String?)
    case unknownShowTarget(String, suggestion: String?, usage: String)
    case unknownHelpTopic(String, suggestion: String?)
    case invalidValue(ValueProblem)
    /// A value written in the script larger than any value may be.
    case valueTooLarge(limit: Int)
    /// `orientation` while a ratio is set; `ratioOrigin` says where (`line 3`), if known.
    case orientationIgnored(ratioOrigin: String?)
    case undefinedVariable(String, suggestion: String?)
    case missingScriptArgument(Int, given: Int)
    case builtinRebound(String)
    case submitWithoutPrompt
    case submitWithoutImage
    /// `resolved` is `path` against the script's directory.
    case unreadableFile(path: String, resolved: String, status: FileStatus)
    /// The resolved paths from the file that starts the cycle back to it.
    case sourceCycle(chain: [String])
    case sourceTooDeep(limit: Int)
    /// A `source` inside more blocks than the limit, counting the blocks around
    /// the `source`s that led to this file.
    case sourceInDeepBlocks(limit: Int)
    case tooManyErrors(limit: Int)

    public var wording: DiagnosticWording {
        switch self {
        case .unknownCommand(let name, let suggestion):
            DiagnosticWording(
                id: "check.unknown-command",
                message: "unknown command '\(DiagnosticWording.excerpt(name))'",
                label: suggestion.map { "did you mean '\($0)'?" } ?? "not a command",
                hint: "run 'help' to list the commands"
            )
        case .quotedKeyword(let keyword):
            DiagnosticWording(
                id: "check.quoted-keyword",
                message: "'\(keyword)' is a keyword only when written without quotes",
                label: "quoted",
                hint: "remove the quotes: \(CommandTable.spec(named: keyword)?.usage ?? keyword)"
            )
        case .missingArgument(let after, let expected, let usage):
            DiagnosticWording(
                id: "check.missing-argument",
                message: "expected \(expected) after '\(after)'",
                label: "missing \(expected)",
                hint: "usage: \(usage)"
            )
        case .extraArguments(let command, let usage):
            DiagnosticWording(
                id: "check.extra-arguments",
                message: "too many arguments to '\(command)'",
                label: "unexpected",
                hint: "usage: \(usage); quote a value that has spaces"
            )
        case .unexpectedArgument(let command, let found, let expected, let usage):
            DiagnosticWording(
                id: "check.unexpected-argument",
                message: "unexpected '\(DiagnosticWording.excerpt(found))' after '\(command)'",
                label: "expected \(expected)",
                hint: "usage: \(usage)"
            )
        case .allNotAlone(let command):
            DiagnosticWording(
                id: "check.all-not-alone",
                message: "'all' cannot be combined with task references",
                label: "'all' stands alone",
                hint: "write '\(command) all', or list the tasks without 'all'"
            )
        case .notLiteral(let what, let command):
            DiagnosticWording(
                id: "check.not-literal",
                message: "the \(what) of '\(command)' must be written out",
                label: "no variables here",
                hint: "the checker must know the \(what) before the script runs"
            )
        case .unknownSetting(let key, let suggestion):
            DiagnosticWording(
                id: "check.unknown-setting",
                message: "unknown setting '\(DiagnosticWording.excerpt(key))'",
                label: suggestion.map { "did you mean '\($0)'?" } ?? "not a draft field or session option",
                hint: "draft fields: " + Setting.all.filter(\.isDraftField).map(\.key.rawValue).joined(separator: ", ")
                    + "; 'help options' lists the session options"
            )
        case .unknownShowTarget(let target, let suggestion, let usage):
            DiagnosticWording(
                id: "check.unknown-show-target",
                message: "'show' cannot show '\(DiagnosticWording.excerpt(target))'",
                label: suggestion.map { "did you mean '\($0)'?" } ?? "not something to show",
                hint: "usage: " + usage
            )
        case .unknownHelpTopic(let topic, let suggestion):
            DiagnosticWording(
                id: "check.unknown-help-topic",
                message: "no help for '\(DiagnosticWording.excerpt(topic))'",
                label: suggestion.map { "did you mean '\($0)'?" } ?? "not a command",
                hint: "run 'help' to list the commands; 'help options' lists the session options"
            )
        case .invalidValue(let problem):
            DiagnosticWording(
                id: "check.invalid-value",
                message: problem.message,
                label: problem.label ?? "not accepted here",
                hint: problem.label == problem.hint ? nil : problem.hint
            )
        case .valueTooLarge(let limit):
            DiagnosticWording(
                id: "check.value-too-large",
                message: "this value is larger than \(ByteCount.format(Int64(limit)))",
                label: "too large",
                hint: "every value, written or computed, is limited to \(ByteCount.format(Int64(limit)))"
            )
        case .orientationIgnored(let origin):
            DiagnosticWording(
                id: "check.orientation-ignored",
                severity: .warning,
                message: "orientation is used only when no ratio is set",
                label: origin.map { "ignored: the ratio set on \($0) wins" } ?? "ignored: the draft has a ratio",
                hint: "use 'unset ratio' first, or set the ratio you want (landscape is 16:9, portrait 9:16)"
            )
        case .undefinedVariable(let name, let suggestion):
            DiagnosticWording(
                id: "check.undefined-variable",
                message: "undefined variable '$\(name)'",
                label: suggestion.map { "did you mean '$\($0)'?" } ?? "not defined before this point",
                hint: "define it first with 'let \(name) = VALUE', or pass --var \(name)=VALUE"
            )
        case .missingScriptArgument(let index, let given):
            DiagnosticWording(
                id: "check.missing-script-argument",
                message: "script argument $\(index) is not set",
                label: given == 0 ? "the script was given no arguments"
                    : "the script was given only \(given) argument\(given == 1 ? "" : "s")",
                hint: "pass arguments after the file name: grok FILE ARG…"
            )
        case .builtinRebound(let name):
            DiagnosticWording(
                id: "check.builtin-variable",
                message: "'\(name)' is a built-in variable and cannot be bound",
                label: "set by commands",
                hint: "pick another name, such as 'my_\(name)'"
            )
        case .submitWithoutPrompt:
            DiagnosticWording(
                id: "check.submit-without-prompt",
                message: "'submit' is reached with no prompt",
                label: "the draft has no prompt here",
                hint: "set one before it: prompt \"a cat surfing at sunset\""
            )
        case .submitWithoutImage:
            DiagnosticWording(
                id: "check.submit-without-image",
                message: "'submit' is reached with no image",
                label: "the draft has no image here",
                hint: "set one before it: image cat.png, or image https://…/cat.png"
            )
        case .unreadableFile(let path, let resolved, let status):
            DiagnosticWording(
                id: "check.unreadable-file",
                message: "cannot read '\(DiagnosticWording.excerpt(path, limit: 80))': \(Self.reason(status))",
                label: status == .missing ? "not found" : "not readable",
                notes: resolved == path ? [] : [.note("resolved to \(resolved)")]
            )
        case .sourceCycle(let chain):
            DiagnosticWording(
                id: "check.source-cycle",
                message: "'source' cycle: " + chain.joined(separator: " → "),
                label: "sources a file that is already being sourced",
                hint: "remove one of the 'source' commands in the cycle"
            )
        case .sourceTooDeep(let limit):
            DiagnosticWording(
                id: "check.source-too-deep",
                message: "'source' is nested more than \(limit) files deep",
                label: "too deep",
                hint: "source the files one after another instead of each from the last"
            )
        case .sourceInDeepBlocks(let limit):
            DiagnosticWording(
                id: "check.source-in-deep-blocks",
                message: "'source' is inside more than \(limit) nested blocks, counting those around the 'source's that led here",
                label: "too deep",
                hint: "source the file from outside some of the loops"
            )
        case .tooManyErrors(let limit):
            DiagnosticWording(
                id: "check.too-many-errors",
                message: "too many errors; the checker stopped after \(limit)",
                label: "stopped here",
                hint: "fix the errors above and check again"
            )
        }
    }

    private static func reason(_ status: FileStatus) -> String {
        switch status {
        case .missing: "no such file"
        case .directory: "it is a directory"
        case .notAFile: "it is not a regular file"
        case .unreadable: "permission denied"
        case .readable: "it could not be read"
        }
    }
}
