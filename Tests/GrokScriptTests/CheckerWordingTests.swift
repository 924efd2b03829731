import Testing
@testable import GrokScript

/// Checker ids key golden files and `--json`, so they are pinned here; every
/// kind has a message and a label.
@Suite struct CheckerWordingTests {
    static let kinds: [CheckerError] = [
        .unknownCommand("x", suggestion: nil), .quotedKeyword("let"),
        .missingArgument(after: "ratio", expected: "RATIO", usage: "ratio RATIO"),
        .extraArguments(command: "reset", usage: "reset"),
        .unexpectedArgument(command: "jobs", found: "x", expected: "'all'", usage: "jobs [all]"),
        .allNotAlone(command: "wait"), .notLiteral(what: "key", command: "set"),
        .unknownSetting("x", suggestion: nil), .unknownShowTarget("x", suggestion: nil, usage: "show"),
        .unknownHelpTopic("x", suggestion: nil),
        .invalidValue(ValueProblem(message: "unsupported ratio '4:3'", expected: ["16:9"])),
        .orientationIgnored(ratioOrigin: "line 1"), .undefinedVariable("x", suggestion: nil),
        .missingScriptArgument(3, given: 2), .builtinRebound("task"), .submitWithoutPrompt, .submitWithoutImage,
        .unreadableFile(path: "x", resolved: "/x", status: .missing), .sourceCycle(chain: ["a", "a"]),
        .sourceTooDeep(limit: 32), .sourceInDeepBlocks(limit: 200), .tooManyErrors(limit: 1_000),
        .valueTooLarge(limit: 1 << 20),
    ]

    @Test func ids() {
        #expect(Self.kinds.map(\.wording.id) == [
            "check.unknown-command", "check.quoted-keyword", "check.missing-argument", "check.extra-arguments",
            "check.unexpected-argument", "check.all-not-alone", "check.not-literal", "check.unknown-setting",
            "check.unknown-show-target", "check.unknown-help-topic", "check.invalid-value",
            "check.orientation-ignored", "check.undefined-variable", "check.missing-script-argument",
            "check.builtin-variable", "check.submit-without-prompt", "check.submit-without-image",
            "check.unreadable-file", "check.source-cycle", "check.source-too-deep",
            "check.source-in-deep-blocks", "check.too-many-errors", "check.value-too-large",
        ])
    }

    @Test func everyKindIsWorded() {
        for kind in Self.kinds {
            let wording = kind.wording
            #expect(!wording.message.isEmpty, "\(wording.id)")
            #expect(wording.label?.isEmpty == false, "\(wording.id)")
            #expect(wording.severity == (wording.id == "check.orientation-ignored" ? .warning : .error), "\(wording.id)")
        }
    }

    @Test func unreadableReasons() {
        let reasons: [FileStatus: String] = [
            .missing: "no such file", .directory: "it is a directory", .unreadable: "permission denied",
            .readable: "it could not be read",
        ]
        for (status, reason) in reasons {
            #expect(CheckerError.unreadableFile(path: "x", resolved: "x", status: status).wording.message == "cannot read 'x': \(reason)")
        }
    }

    @Test func longNamesAreCutInMessages() {
        let name = String(repeating: "x", count: 100)
        #expect(CheckerError.unknownCommand(name, suggestion: nil).wording.message == "unknown command '\(String(repeating: "x", count: 32))…'")
    }
}
