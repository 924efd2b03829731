import DidYouMean
import GrokCore
import GrokSyntax

/// `set`, `unset`, `show` and `help`: commands whose first argument is a key
/// the checker must know.
extension ScriptChecker {
    /// `set` · `set KEY VALUE`
    mutating func bindSet(_ command: Command) -> BoundCommand? {
        let arguments = command.arguments
        guard let first = arguments.first else { return .listSettings }
        guard let key = settingKey(first, in: command) else { return nil }
        guard arguments.count == 2 else {
            if arguments.count > 2 {
                reportExtra(arguments[2...], command: "set")
            } else {
                reportMissing(key.valueSyntax, after: "set \(key.rawValue)", in: command)
            }
            return nil
        }
        let value = arguments[1]
        switch key {
        case .prompt:
            draft.prompt = .set
        case .image:
            let bound = bindImage(value)
            return bound == .clearImage ? bound : .set(key, value)
        case .ratio:
            bindRatio(value)
            return .set(key, value)
        case .orientation:
            bindOrientation(value, in: command)
            return .set(key, value)
        default:
            break
        }
        checkValue(value, of: key)
        return .set(key, value)
    }

    /// `unset KEY`
    mutating func bindUnset(_ command: Command) -> BoundCommand? {
        guard expect(command, count: 1...1), let key = settingKey(command.arguments[0], in: command) else { return nil }
        switch key {
        case .prompt: draft.prompt = .cleared
        case .image: draft.image = .cleared
        case .ratio: draft.clearRatio()
        default: break
        }
        return .unset(key)
    }

    private mutating func settingKey(_ argument: Argument, in command: Command) -> SettingKey? {
        guard let text = argument.literalValue else {
            report(.notLiteral(what: "key", command: command.name.text), at: argument.range)
            return nil
        }
        guard let key = SettingKey(rawValue: text) else {
            report(.unknownSetting(text, suggestion: suggestion { SettingKey.suggestion(for: text) }), at: argument.range)
            return nil
        }
        return key
    }

    /// `show [draft|request|curl|options|jobs|job [REF]]`; `draft` when alone.
    mutating func bindShow(_ command: Command) -> BoundCommand? {
        let arguments = command.arguments
        guard let first = arguments.first else { return .show(.draft) }
        guard let name = first.literalValue else {
            report(.notLiteral(what: "target", command: "show"), at: first.range)
            return nil
        }
        let target: ShowTarget
        switch name {
        case "draft": target = .draft
        case "request": target = .request
        case "curl": target = .curl
        case "options": target = .options
        case "jobs": target = .jobs
        case "job":
            guard arguments.count <= 2 else {
                reportExtra(arguments[2...], command: "show")
                return nil
            }
            return .show(.job(arguments.count == 2 ? arguments[1] : nil))
        default:
            report(.unknownShowTarget(name, suggestion: suggestion { Suggestion.closest(to: name, among: Self.showTargets) }), at: first.range)
            return nil
        }
        guard arguments.count == 1 else {
            reportExtra(arguments[1...], command: "show")
            return nil
        }
        return .show(target)
    }

    static let showTargets = ["draft", "request", "curl", "options", "jobs", "job"]

    /// `help [COMMAND]`
    mutating func bindHelp(_ command: Command) -> BoundCommand? {
        guard expect(command, count: 0...1) else { return nil }
        guard let argument = command.arguments.first else { return .help(topic: nil) }
        guard let topic = argument.literalValue else {
            report(.notLiteral(what: "topic", command: "help"), at: argument.range)
            return nil
        }
        guard HelpText.topics.contains(topic) else {
            report(.unknownHelpTopic(topic, suggestion: suggestion { Suggestion.closest(to: topic, among: HelpText.topics) }), at: argument.range)
            return nil
        }
        return .help(topic: topic)
    }
}
