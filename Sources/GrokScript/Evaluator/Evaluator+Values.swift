import DidYouMean
import GrokCore
import GrokSyntax

extension Evaluator {
    /// An argument's text with every interpolation done. Reading something undefined is
    /// an error, never an empty string.
    func value(of argument: Argument) throws(RuntimeError) -> String {
        var text = ""
        for part in argument.parts {
            switch part {
            case .literal(let literal, _):
                text += literal
            case .variable(let name, let range):
                guard let value = session.value(of: name) else { throw undefinedVariable(name, at: range) }
                text += value
            case .environment(let name, let range):
                guard let value = environment[name] else {
                    let suggestion = Suggestion.closest(to: name, among: Array(environment.keys))
                    throw RuntimeError("run.undefined-environment-variable", "environment variable '\(name)' is not set", at: range,
                                       label: suggestion.map { "did you mean $env.\($0)?" })
                }
                text += value
            case .positional(let index, let range):
                guard index >= 1, index <= session.arguments.count else {
                    throw RuntimeError("run.missing-argument", "the script was given \(session.arguments.count) argument\(session.arguments.count == 1 ? "" : "s"), so $\(index) is not set",
                                       at: range, hints: ["pass arguments after the script: grok FILE ARG…"], status: .usage)
                }
                text += session.arguments[index - 1]
            }
        }
        return text
    }

    /// A value checked against the rules of the command that takes it; `subject` names it
    /// in the message ("unsupported ratio '4:3'").
    func value(of argument: Argument, as kind: ValueKind, subject: String = "value") throws(RuntimeError) -> String {
        let text = try value(of: argument)
        if let problem = kind.problem(with: text, subject: subject) {
            throw RuntimeError("run.invalid-value", problem.message, at: argument.range, label: problem.label, status: .usage)
        }
        return text
    }

    func value(of argument: Argument, for key: SettingKey) throws(RuntimeError) -> String {
        try value(of: argument, as: key.valueKind, subject: key.valueSubject)
    }

    func duration(of argument: Argument) throws(RuntimeError) -> Duration {
        let text = try value(of: argument, as: .duration)
        guard let duration = DurationText.parse(text) else {
            throw RuntimeError("run.invalid-value", "invalid duration '\(text)'", at: argument.range, status: .usage)
        }
        return duration
    }

    private func undefinedVariable(_ name: String, at range: SourceRange) -> RuntimeError {
        if Session.builtinVariables.contains(name) {
            return RuntimeError("run.unset-builtin", "$\(name) is not set yet", at: range,
                                label: "no command has set it so far", hints: ["$task and $status are set by submit, wait and status"])
        }
        let suggestion = Suggestion.closest(to: name, among: session.readableNames + Session.builtinVariables)
        return RuntimeError("run.undefined-variable", "undefined variable '$\(name)'", at: range,
                            label: suggestion.map { "did you mean $\($0)?" }, hints: ["define it with: let \(name) = VALUE"])
    }
}
