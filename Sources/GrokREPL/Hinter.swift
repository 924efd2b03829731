import GrokScript

/// The dimmed text shown after the cursor once a command word is complete: its argument
/// syntax from `CommandTable` (`ratio ` → `16:9|9:16|1:1|3:2|2:3`), as redis-cli does.
/// Shown, never inserted.
public enum Hinter {
    /// The hint for a line whose cursor is at its end, or `nil`.
    public static func hint(for line: String) -> String? {
        let statement = StatementWords(before: Substring(line))
        guard statement.current.isEmpty, statement.quote == nil, !statement.inComment,
              let command = statement.command, let spec = CommandTable.spec(named: command) else { return nil }
        switch statement.words.count {
        case 1:
            return spec.arguments.isEmpty ? nil : spec.arguments
        case 2 where command == "set":
            return SettingKey(rawValue: statement.words[1]).map(ArgumentSyntax.hint(for:))
        default:
            return nil
        }
    }
}
