import GrokSyntax

/// What each bound command does to the draft, and what `submit` needs of it: each notes
/// its effect in `draft` so later commands see what is surely set.
extension ScriptChecker {
    mutating func followDraft(_ bound: BoundCommand, in command: Command) {
        switch bound {
        case .set(.prompt, _): draft.prompt = .set
        case .set(.image, _): draft.image = .set
        case .set(.ratio, let arguments): if let argument = arguments.first { setRatio(at: argument) }
        case .set(.orientation, let arguments): if let argument = arguments.first { checkOrientation(argument, in: command) }
        case .unset(.prompt): draft.prompt = .cleared
        case .unset(.image): draft.image = .cleared
        case .unset(.ratio): draft.clearRatio()
        case .reset: draft.reset()
        default: break
        }
    }

    private mutating func setRatio(at argument: Argument) {
        draft.setRatio(origin: DraftFlow.Origin(file: source.name, line: source.line(containing: argument.range.start)))
    }

    /// A valid orientation while a ratio is surely set is ignored: a warning.
    private mutating func checkOrientation(_ argument: Argument, in command: Command) {
        let valid = argument.literalValue.map { SettingKey.orientation.setting.kind.problem(with: $0) == nil } ?? true
        guard valid, draft.ratio == .set else { return }
        let origin = draft.ratioOrigin.map { $0.file == source.name ? "line \($0.line)" : "\($0.file):\($0.line)" }
        report(.orientationIgnored(ratioOrigin: origin), at: command.range)
    }

    /// `submit` fails when the draft surely lacks a prompt or an image.
    mutating func checkDraftIsComplete(at range: SourceRange) {
        if draft.prompt == .cleared { report(.submitWithoutPrompt, at: range) }
        if draft.image == .cleared { report(.submitWithoutImage, at: range) }
    }
}
