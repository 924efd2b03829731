import GrokScript
import GrokSyntax

/// The dimmed text shown after the cursor once a word is complete: after the command
/// word its argument syntax (`ratio ` → `16:9|9:16|1:1|3:2|2:3`), as redis-cli does;
/// later, what the one value that comes next may be (`set retries ` → `0-10`).
/// Shown, never inserted. Both come from the command's grammar in `CommandTable`.
public enum Hinter {
    /// The hint for a line whose cursor is at its end, or `nil`.
    public static func hint(for line: String) -> String? {
        let statement = TypedStatement(before: line)
        guard statement.current.isEmpty, statement.quote == nil, !statement.inComment,
              let command = statement.command, let spec = CommandTable.spec(named: command) else { return nil }
        guard statement.words.count > 1 else { return spec.arguments.isEmpty ? nil : spec.arguments }
        let expectations = spec.expectations(after: Array(statement.words.dropFirst()))
        guard expectations.count == 1, case .slot(let slot, single: true) = expectations[0] else { return nil }
        return slot.syntax
    }
}
