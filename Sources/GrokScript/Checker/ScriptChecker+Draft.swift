import GrokSyntax

/// Commands that change the draft, and what `submit` needs of it: each notes
/// its effect in `draft` so later commands see what is surely set.
extension ScriptChecker {
    /// `image none` clears; a literal local path must be readable.
    mutating func bindImage(_ argument: Argument) -> BoundCommand {
        if argument.isKeyword("none") {
            draft.image = .cleared
            return .clearImage
        }
        checkImage(argument)
        draft.image = .set
        return .image(argument)
    }

    mutating func bindRatio(_ argument: Argument) {
        checkValue(argument, of: .ratio)
        draft.setRatio(origin: DraftFlow.Origin(file: source.name, line: source.line(containing: argument.range.start)))
    }

    /// A valid orientation while a ratio is surely set is ignored: a warning.
    mutating func bindOrientation(_ argument: Argument, in command: Command) {
        guard checkValue(argument, of: .orientation), draft.ratio == .set else { return }
        let origin = draft.ratioOrigin.map { $0.file == source.name ? "line \($0.line)" : "\($0.file):\($0.line)" }
        report(.orientationIgnored(ratioOrigin: origin), at: command.range)
    }

    /// `submit` fails when the draft surely lacks a prompt or an image.
    mutating func checkDraftIsComplete(at range: SourceRange) {
        if draft.prompt == .cleared { report(.submitWithoutPrompt, at: range) }
        if draft.image == .cleared { report(.submitWithoutImage, at: range) }
    }
}
