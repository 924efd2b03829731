import GrokSyntax

/// Binding of each command (SPEC §3.3): its name resolved, its arguments
/// counted and its literal values checked, and its effect on the draft noted.
extension ScriptChecker {
    /// The bound command, or `nil` when its name or shape is wrong. Value
    /// errors still bind, so the draft flow goes on as the author meant.
    mutating func bind(_ command: Command) -> BoundCommand? {
        let arguments = command.arguments
        switch command.name.text {
        case "model":
            guard expect(command, count: 1...1) else { return nil }
            checkValue(arguments[0], of: .model)
            return .model(arguments[0])
        case "prompt":
            guard expect(command, count: 1...Int.max) else { return nil }
            draft.prompt = .set
            return .prompt(arguments)
        case "image":
            guard expect(command, count: 1...1) else { return nil }
            return bindImage(arguments[0])
        case "duration":
            guard expect(command, count: 1...1) else { return nil }
            checkValue(arguments[0], of: .duration)
            return .duration(arguments[0])
        case "ratio":
            guard expect(command, count: 1...1) else { return nil }
            bindRatio(arguments[0])
            return .ratio(arguments[0])
        case "orientation":
            guard expect(command, count: 1...1) else { return nil }
            bindOrientation(arguments[0], in: command)
            return .orientation(arguments[0])
        case "set":
            return bindSet(command)
        case "unset":
            return bindUnset(command)
        case "reset":
            guard expect(command, count: 0...0) else { return nil }
            draft.reset()
            return .reset
        case "show":
            return bindShow(command)
        case "submit":
            return bindSubmit(command)
        case "wait":
            return bindWait(command)
        case "status":
            return taskSelection(arguments[...], in: command).map { .status($0) }
        case "download":
            return bindDownload(command)
        case "jobs":
            return bindJobs(command)
        case "upload":
            guard expect(command, count: 1...1) else { return nil }
            checkReadable(arguments[0])
            return .upload(arguments[0])
        case "balance":
            guard expect(command, count: 0...0) else { return nil }
            return .balance
        case "echo":
            return .echo(arguments)
        case "sleep":
            guard expect(command, count: 1...1) else { return nil }
            checkValue(arguments[0], as: .duration)
            return .sleep(arguments[0])
        case "source":
            guard expect(command, count: 1...1) else { return nil }
            checkSource(arguments[0])
            return .source(arguments[0])
        case "help":
            return bindHelp(command)
        case "exit":
            guard expect(command, count: 0...1) else { return nil }
            if let code = arguments.first { checkValue(code, as: .exitCode) }
            return .exit(code: arguments.first)
        case "quit":
            guard expect(command, count: 0...0) else { return nil }
            return .exit(code: nil)
        case "let", "for", "repeat", "assert":
            report(.quotedKeyword(command.name.text), at: command.name.range)
            return nil
        default:
            let name = command.name.text
            report(.unknownCommand(name, suggestion: suggestion { CommandTable.suggestion(for: name) }), at: command.name.range)
            return nil
        }
    }
}
