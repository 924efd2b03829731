import GrokSyntax

/// `submit`, `wait`, `status`, `download` and `jobs`: commands about tasks,
/// whose bare keywords (`as`, `all`, `timeout`, `to`) are taken apart here.
extension ScriptChecker {
    /// `submit [as NAME]`; the draft must be able to have a prompt and an image here.
    mutating func bindSubmit(_ command: Command) -> BoundCommand? {
        checkDraftIsComplete(at: command.name.range)
        let arguments = command.arguments
        guard let first = arguments.first else { return .submit(name: nil) }
        guard first.isKeyword("as") else {
            reportUnexpected(first, in: command, expected: "'as NAME'")
            return nil
        }
        guard arguments.count >= 2 else {
            reportMissing("NAME", after: "as", in: command)
            return nil
        }
        guard arguments.count == 2 else {
            reportExtra(arguments[2...], command: "submit")
            return nil
        }
        checkValue(arguments[1], as: .taskName)
        return .submit(name: arguments[1])
    }

    /// `wait [REF…|all] [timeout DURATION]`
    mutating func bindWait(_ command: Command) -> BoundCommand? {
        let arguments = command.arguments
        guard let index = arguments.firstIndex(where: { $0.isKeyword("timeout") }) else {
            return taskSelection(arguments[...], in: command).map { .wait($0, timeout: nil) }
        }
        guard index + 1 < arguments.count else {
            reportMissing("DURATION", after: "timeout", in: command)
            return nil
        }
        guard index + 2 == arguments.count else {
            reportExtra(arguments[(index + 2)...], command: "wait")
            return nil
        }
        let timeout = arguments[index + 1]
        checkValue(timeout, as: .duration)
        return taskSelection(arguments[..<index], in: command).map { .wait($0, timeout: timeout) }
    }

    /// `[REF…|all]` of `wait` and `status`: none is the last task; `all` stands alone.
    mutating func taskSelection(_ references: ArraySlice<Argument>, in command: Command) -> TaskSelection? {
        guard !references.isEmpty else { return .last }
        guard let all = references.first(where: { $0.isKeyword("all") }) else { return .references(Array(references)) }
        guard references.count == 1 else {
            report(.allNotAlone(command: command.name.text), at: all.range)
            return nil
        }
        return .all
    }

    /// `download [REF] [to PATH]`
    mutating func bindDownload(_ command: Command) -> BoundCommand? {
        let arguments = command.arguments
        guard let index = arguments.firstIndex(where: { $0.isKeyword("to") }) else {
            guard arguments.count <= 1 else {
                reportUnexpected(arguments[1], in: command, expected: "'to PATH'")
                return nil
            }
            return .download(reference: arguments.first, to: nil)
        }
        guard index <= 1 else {
            reportUnexpected(arguments[1], in: command, expected: "'to PATH'")
            return nil
        }
        guard index + 1 < arguments.count else {
            reportMissing("PATH", after: "to", in: command)
            return nil
        }
        guard index + 2 == arguments.count else {
            reportExtra(arguments[(index + 2)...], command: "download")
            return nil
        }
        return .download(reference: index == 1 ? arguments[0] : nil, to: arguments[index + 1])
    }

    /// `jobs [all]`
    mutating func bindJobs(_ command: Command) -> BoundCommand? {
        let arguments = command.arguments
        guard let first = arguments.first else { return .jobs(all: false) }
        guard first.isKeyword("all") else {
            reportUnexpected(first, in: command, expected: "'all'")
            return nil
        }
        guard arguments.count == 1 else {
            reportExtra(arguments[1...], command: "jobs")
            return nil
        }
        return .jobs(all: true)
    }
}
