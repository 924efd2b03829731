import GrokSyntax

/// What the REPL's prompt yields: one whole entry, parsed once by GrokSyntax, or why
/// there is none.
enum EntryRead {
    case entry(ParsedScript)
    /// Ctrl-C: the entry, all its lines, was abandoned.
    case interrupted
    /// Ctrl-D at an empty prompt, or the terminal went away.
    case endOfInput
}
