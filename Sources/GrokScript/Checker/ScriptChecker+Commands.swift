import DidYouMean
import GrokSyntax

/// Binding of each command (SPEC §3.3), from its entry in `CommandTable`: its arguments
/// matched against its grammar, its literal values checked, its effect on the draft noted.
extension ScriptChecker {
    /// The bound command, or `nil` when its name or shape is wrong. Value
    /// errors still bind, so the draft flow goes on as the author meant.
    mutating func bind(_ command: Command) -> BoundCommand? {
        let name = command.name.text
        guard let spec = CommandTable.spec(named: name) else {
            report(.unknownCommand(name, suggestion: suggestion { CommandTable.suggestion(for: name) }), at: command.name.range)
            return nil
        }
        guard case .command(let bind, let sendsDraft) = spec.form else {
            report(.quotedKeyword(name), at: command.name.range)
            return nil
        }
        if sendsDraft { checkDraftIsComplete(at: command.name.range) }
        var matcher = GrammarMatcher(command: name, arguments: command.arguments)
        do {
            try matcher.run(spec.grammar)
        } catch {
            report(error, of: matcher, in: command, usage: spec.usage)
            return nil
        }
        for (slot, argument) in matcher.match.slots { checkValue(argument, in: slot) }
        guard let bound = bind(matcher.match) else { return nil }
        followDraft(bound, in: command)
        return bound
    }

    /// A value the slot takes: a word of its own, or a value of its kind (and a file
    /// the script can read, where the slot names one).
    private mutating func checkValue(_ argument: Argument, in slot: Slot) {
        if slot.words.contains(where: argument.isKeyword) { return }
        switch (slot.kind, slot.file) {
        case (.image, _): checkImage(argument)
        case (_, .read): checkReadable(argument)
        case (_, .script): checkSource(argument)
        case (let kind, nil): checkValue(argument, as: kind, subject: slot.subject)
        }
    }

    private mutating func report(_ problem: GrammarMatcher.Problem, of matcher: GrammarMatcher, in command: Command, usage: String) {
        let name = command.name.text
        let arguments = command.arguments
        switch problem {
        case .missing(let expected, let after):
            let end = SourceRange(start: command.range.end, end: command.range.end)
            report(.missingArgument(after: after, expected: expected, usage: usage), at: end)
        case .extra(let index):
            guard let last = arguments.last else { return }
            report(.extraArguments(command: name, usage: usage), at: SourceRange(start: arguments[index].range.start, end: last.range.end))
        case .unexpected(let index, let expected):
            report(.unexpectedArgument(command: name, found: written(arguments[index]), expected: expected, usage: usage), at: arguments[index].range)
        case .notAlone(let index):
            report(.allNotAlone(command: name), at: arguments[index].range)
        case .notLiteral(let index, let what):
            report(.notLiteral(what: what, command: name), at: arguments[index].range)
        case .unknownWord(let index, let word):
            guard let choice = matcher.failedChoice else { return }
            report(choice.unknown(word, suggestion { Suggestion.closest(to: word, among: choice.words) }), at: arguments[index].range)
        }
    }
}
