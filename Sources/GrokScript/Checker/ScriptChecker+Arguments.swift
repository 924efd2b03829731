import GrokSyntax

/// Argument-count and shape errors, each with the command's usage as hint.
extension ScriptChecker {
    /// Reports too few arguments (just past the command's end) or too many
    /// (over the extra ones); true when the count is within `count`.
    mutating func expect(_ command: Command, count: ClosedRange<Int>) -> Bool {
        let arguments = command.arguments
        if arguments.count < count.lowerBound {
            let expected = CommandTable.spec(named: command.name.text)?.arguments ?? "an argument"
            reportMissing(expected, after: command.name.text, in: command)
            return false
        }
        if arguments.count > count.upperBound {
            reportExtra(arguments[count.upperBound...], command: command.name.text)
            return false
        }
        return true
    }

    /// Something required after `keyword` is absent: reported just past the command's end.
    mutating func reportMissing(_ expected: String, after keyword: String, in command: Command) {
        let end = SourceRange(start: command.range.end, end: command.range.end)
        report(.missingArgument(after: keyword, expected: expected, usage: usage(of: command.name.text)), at: end)
    }

    /// Arguments past the last one the command takes, underlined together.
    mutating func reportExtra(_ extra: ArraySlice<Argument>, command: String) {
        guard let first = extra.first, let last = extra.last else { return }
        report(.extraArguments(command: command, usage: usage(of: command)), at: SourceRange(start: first.range.start, end: last.range.end))
    }

    mutating func reportUnexpected(_ argument: Argument, in command: Command, expected: String) {
        let name = command.name.text
        report(.unexpectedArgument(command: name, found: written(argument), expected: expected, usage: usage(of: name)), at: argument.range)
    }

    private func usage(of command: String) -> String {
        CommandTable.spec(named: command)?.usage ?? command
    }
}
