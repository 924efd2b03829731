import DidYouMean
import GrokCore
import GrokSyntax

extension Evaluator {
    /// An argument's text with every interpolation done. Reading something undefined is
    /// an error, never an empty string.
    func value(of argument: Argument) throws(RuntimeFailure) -> String {
        let parts = argument.interpolatedParts
        // Plain text, most arguments: no parts array to build.
        if parts.isEmpty, let text = argument.literalValue {
            guard text.utf8.count <= Self.valueLimit else { throw RuntimeFailure(.valueTooLarge(limit: Self.valueLimit), at: argument.range) }
            return text
        }
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal, _):
                try append(literal, to: &text, at: argument.range)
            case .variable(let name, let range):
                // Read field by field: a method call on the session would copy all of it.
                guard let value = session.variables[name] ?? BuiltinVariable(rawValue: name).flatMap({ session.builtins[$0] }) else {
                    throw undefinedVariable(name, at: range)
                }
                // Only a variable can hold a server's value.
                effects.didRead(value)
                try append(value, to: &text, at: argument.range)
            case .environment(let name, let range):
                guard let value = environment[name] else {
                    let suggestion = Suggestion.closest(to: name, among: Array(environment.keys))
                    throw RuntimeFailure(.undefinedEnvironmentVariable(name, suggestion: suggestion), at: range)
                }
                try append(value, to: &text, at: argument.range)
            case .positional(let index, let range):
                guard index >= 1, index <= session.arguments.count else {
                    throw RuntimeFailure(.missingScriptArgument(index, given: session.arguments.count), at: range)
                }
                try append(session.arguments[index - 1], to: &text, at: argument.range)
            }
        }
        return text
    }

    /// Grows a value, which may not pass `valueLimit`: one cap on every value, whether written
    /// in the script, read from a file or joined from parts.
    private func append(_ part: String, to text: inout String, at range: SourceRange) throws(RuntimeFailure) {
        guard text.utf8.count + part.utf8.count <= Self.valueLimit else {
            throw RuntimeFailure(.valueTooLarge(limit: Self.valueLimit), at: range)
        }
        text += part
    }

    /// A value checked against the rules of the command that takes it; `subject` names it
    /// in the message ("unsupported ratio '4:3'").
    func value(of argument: Argument, as kind: ValueKind, subject: String = "value") throws(RuntimeFailure) -> String {
        let text = try value(of: argument)
        if let problem = kind.problem(with: text, subject: subject) {
            throw RuntimeFailure(.invalidValue(problem), at: argument.range)
        }
        return text
    }

    func value(of argument: Argument, for setting: Setting) throws(RuntimeFailure) -> String {
        let text = try value(of: argument)
        // A written value was judged by the checker already: only one built at run time is judged here.
        if argument.isPlainText, setting.checkerJudgesWrittenValues { return text }
        if setting.words.contains(text) { return text }
        if let problem = setting.kind.problem(with: text, subject: setting.subject) {
            throw RuntimeFailure(.invalidValue(problem), at: argument.range)
        }
        return text
    }

    func duration(of argument: Argument) throws(RuntimeFailure) -> Duration {
        let text = try value(of: argument, as: .duration)
        guard let duration = DurationText.parse(text) else {
            throw RuntimeFailure(.invalidDuration(text), at: argument.range)
        }
        return duration
    }

    private func undefinedVariable(_ name: String, at range: SourceRange) -> RuntimeFailure {
        if BuiltinVariable(rawValue: name) != nil {
            return RuntimeFailure(.unsetBuiltin(name), at: range)
        }
        let suggestion = Suggestion.closest(to: name, among: session.readableNames + BuiltinVariable.names)
        return RuntimeFailure(.undefinedVariable(name, suggestion: suggestion), at: range)
    }
}
