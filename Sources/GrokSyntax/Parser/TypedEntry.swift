/// One REPL entry, read a line at a time. After each line the REPL asks `read`; the
/// answer is either what is still open, or the entry parsed, which is what is checked,
/// run and kept by `save`: an entry is parsed once, by the same lexer and parser as a
/// file.
public enum TypedEntry: Sendable, Equatable {
    /// More lines would finish the entry. `soFar` is the entry as it stands, run when
    /// input ends first so that its diagnostics say what is open.
    case incomplete(ParsedScript.Unfinished, soFar: ParsedScript)
    case complete(ParsedScript)

    /// The lines typed so far, each ended by the Enter that finished it, exactly as a file
    /// holding them would read: a last line ending in `\` continues, as it does in a file.
    public static func read(_ lines: [String], name: String = "<stdin>") -> TypedEntry {
        let text = lines.map { $0 + "\n" }.joined()
        let parsed = ParsedScript.parse(SourceFile(name: name, text: text))
        guard let unfinished = parsed.unfinished else { return .complete(parsed) }
        return .incomplete(unfinished, soFar: parsed)
    }

    /// The entry, finished or not.
    public var parsed: ParsedScript {
        switch self {
        case .incomplete(_, let parsed), .complete(let parsed): parsed
        }
    }
}
