import GrokSyntax

/// The texts of `help`, built from `CommandTable` and `SettingKey` so they
/// never drift from what the checker accepts. Pure functions returning text.
public enum HelpText {
    /// What `help TOPIC` accepts: every command, `options` and `sandbox`.
    public static let topics: [String] = CommandTable.names + [Word.options, Word.sandbox]

    /// `help`, `help COMMAND`, `help options` or `help sandbox`; `nil` for an unknown topic.
    public static func text(for topic: String?) -> String? {
        guard let topic else { return overview() }
        if topic == Word.options { return options() }
        if topic == Word.sandbox { return sandbox }
        return CommandTable.spec(named: topic).map(command)
    }

    /// Every command with its summary, grouped, in aligned columns.
    public static func overview() -> String {
        let width = CommandTable.names.map(DisplayWidth.of).max() ?? 0
        var text = "Commands (help COMMAND for one in detail, help options for the session options, help sandbox for faults):\n"
        for group in CommandGroup.allCases {
            text += "\n" + heading(group) + "\n"
            for spec in CommandTable.commands where spec.group == group {
                text += "  " + DisplayFit.padded(spec.name, to: width) + "  " + spec.summary + "\n"
            }
        }
        return text
    }

    /// One command: usage, summary, an example and related commands.
    public static func command(_ spec: CommandSpec) -> String {
        """
        usage: \(spec.usage)

        \(spec.summary)

        example:
          \(spec.example)

        related: \(spec.related.joined(separator: ", "))

        """
    }

    /// The session options and draft fields `set` accepts, with values and defaults.
    public static func options() -> String {
        let sessionKeys = Setting.all.filter { !$0.isDraftField }
        let draftKeys = Setting.all.filter(\.isDraftField)
        return "Session options (set KEY VALUE; unset KEY restores the default):\n\n"
            + table(sessionKeys)
            + "\nDraft fields (also set by the command of the same name; reset restores these defaults):\n\n"
            + table(draftKeys)
    }

    private static func table(_ settings: [Setting]) -> String {
        let rows = settings.map { [$0.key.rawValue, $0.syntax, $0.defaultValue.map { "default " + $0 } ?? "not set", $0.summary] }
        let widths = (0..<3).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            "  " + (0..<3).map { DisplayFit.padded(row[$0], to: widths[$0]) }.joined(separator: "  ") + "  " + row[3] + "\n"
        }.joined()
    }

    private static func heading(_ group: CommandGroup) -> String {
        switch group {
        case .draft: "The draft (the request being composed)"
        case .tasks: "Tasks"
        case .scripting: "Scripting"
        case .session: "Session"
        }
    }
}
