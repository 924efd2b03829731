import GrokSyntax

/// The texts of `help`, built from `CommandTable` and `SettingKey` so they
/// never drift from what the checker accepts. Pure functions returning text.
public enum HelpText {
    /// The topics `help` takes besides the commands.
    public static let extraTopics = [Word.options, Word.sandbox, Word.teach, Word.tutorial]
    /// What `help TOPIC` accepts: every command and the topics.
    public static let topics: [String] = CommandTable.names + extraTopics

    /// `help`, `help COMMAND` or `help TOPIC`; `nil` for an unknown topic.
    public static func text(for topic: String?) -> String? {
        guard let topic else { return overview() }
        if topic == Word.options { return options() }
        if topic == Word.sandbox { return sandbox }
        if topic == Word.teach { return teach }
        if topic == Word.tutorial { return tutorial() }
        return CommandTable.spec(named: topic).map(command)
    }

    /// Every command with its summary, grouped, in aligned columns.
    public static func overview() -> String {
        let width = CommandTable.names.map(DisplayWidth.of).max() ?? 0
        var text = "Commands (help COMMAND for one in detail; also " + extraTopics.map { "help " + $0 }.joined(separator: ", ") + "):\n"
        for group in CommandGroup.allCases {
            text += "\n" + heading(group) + "\n"
            for spec in CommandTable.commands where spec.group == group {
                text += "  " + DisplayFit.padded(spec.name, to: width) + "  " + spec.summary + "\n"
            }
        }
        return text
    }

    /// How to start `grok tutorial`, and what it goes through. It starts from a shell, not
    /// from a session: its draft, tasks and server are the learner's own, on its own sandbox.
    public static func tutorial() -> String {
        """
        grok tutorial walks you through the API in \(Tutorial.lessons.count) steps, on a sandbox of its own: no key, \
        no cost, nothing leaves the machine. The steps: \(Tutorial.lessons.map(\.title).joined(separator: ", ")). \
        You type each command; the tutorial checks what happened before it goes on, explains the API's rule behind \
        it, and says what to type again when a step is not done.

        Start it from a shell, in a terminal (not from this session, whose draft and tasks are yours):
          grok tutorial

        """
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
