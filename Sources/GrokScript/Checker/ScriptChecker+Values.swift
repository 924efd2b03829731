import GrokCore
import GrokSyntax

/// Checks of argument values known before the script runs: variables read,
/// literal values, and the files named by literal paths.
extension ScriptChecker {
    /// Every `$name` and `$N` the argument reads must exist here. `$env.NAME`
    /// is the environment's, known only at run time.
    mutating func checkVariables(in argument: Argument) {
        checkSize(of: argument)
        for part in argument.interpolatedParts {
            switch part {
            case .variable(let name, let range) where !variables.contains(name):
                report(.undefinedVariable(name, suggestion: suggestion { variables.suggestion(for: name) }), at: range)
            case .positional(let index, let range) where index > session.context.scriptArguments:
                report(.missingScriptArgument(index, given: session.context.scriptArguments), at: range)
            default:
                break
            }
        }
    }

    /// The text written in an argument is within the one cap on every value (SPEC §3.2);
    /// what variables add to it is counted at run time.
    private mutating func checkSize(of argument: Argument) {
        // A value is never longer than the text it is written as: most arguments end here.
        guard argument.range.end - argument.range.start > Evaluator.valueLimit else { return }
        let written = argument.literalValue.map(\.utf8.count) ?? argument.interpolatedParts.reduce(0) { total, part in
            if case .literal(let text, _) = part { total + text.utf8.count } else { total }
        }
        if written > Evaluator.valueLimit { report(.valueTooLarge(limit: Evaluator.valueLimit), at: argument.range) }
    }

    /// A literal value checked by the rule the evaluator applies at run time;
    /// an interpolated one is left to run time. True when no problem was found.
    @discardableResult
    mutating func checkValue(_ argument: Argument, as kind: ValueKind, subject: String = "value") -> Bool {
        guard let value = argument.literalValue, let problem = kind.problem(with: value, subject: subject) else { return true }
        report(.invalidValue(problem), at: argument.range)
        return false
    }

    /// A literal image that is a local path must be readable; a URL is the API's to fetch.
    mutating func checkImage(_ argument: Argument) {
        guard let value = argument.literalValue, case .file = ImageReference(parsing: value) else { return }
        checkReadable(argument)
    }

    /// A literal input path must name a readable file.
    mutating func checkReadable(_ argument: Argument) {
        guard let path = argument.literalValue else { return }
        let resolved = FilePath.resolve(path, against: baseDirectory, home: session.context.homeDirectory)
        let status = session.status(of: resolved)
        if status != .readable {
            report(.unreadableFile(path: path, resolved: display(resolved), status: status), at: argument.range)
        }
    }

    /// The text an argument was written as, for quoting in a message.
    func written(_ argument: Argument) -> String {
        argument.literalValue ?? source.text(of: argument.range)
    }
}

