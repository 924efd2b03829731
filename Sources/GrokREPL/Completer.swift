import GrokScript
import GrokSyntax

/// Tab completion as a pure function of the line, the cursor and a snapshot of the
/// session: no terminal, no session, testable alone. What fits where comes from the
/// command's grammar in `CommandTable`.
public enum Completer {
    /// - Parameter cursor: the cursor's offset in Unicode scalars (as libedit counts).
    public static func complete(line: String, cursor: Int, state: CompletionState) -> Completion {
        let scalars = line.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: max(0, min(cursor, scalars.count)))
        let statement = TypedStatement(before: String(line.unicodeScalars[..<end]))
        guard !statement.inComment else { return .none }
        return Completion(replacing: statement.currentSource, candidates: candidates(for: statement, state: state))
    }

    static func candidates(for statement: TypedStatement, state: CompletionState) -> [Candidate] {
        let current = statement.current
        if statement.quote == nil, current.hasPrefix("$"), statement.command != nil {
            return matching(state.variables.sorted().map { "$" + $0 }, current)
        }
        guard let command = statement.command else {
            return statement.quote == nil ? matching(CommandTable.names, current) : []
        }
        guard let spec = CommandTable.spec(named: command) else { return [] }
        let arguments = Array(statement.words.dropFirst())
        var words: [String] = []
        var paths: PathCompletion.Files?
        for expectation in spec.expectations(after: arguments) {
            switch expectation {
            case .word(let word):
                // A quoted word is never a keyword.
                if statement.quote == nil { words.append(word) }
            case .slot(let slot, _):
                switch slot.kind.completion {
                case .tasks: words += taskReferences(state, prefix: current, excluding: arguments) + [Word.last] + slot.words
                case .words(let values): words += statement.quote == nil ? values + slot.words : []
                case .paths:
                    words += slot.words
                    paths = slot.kind == .image ? .images : .any
                case .none: words += slot.words
                }
            }
        }
        let pathCandidates = paths.map { PathCompletion.candidates(for: current, quote: statement.quote, state: state, files: $0) } ?? []
        return matching(words, current) + pathCandidates
    }

    /// Names first (sorted), then ids (most recent first); none already given. Only those
    /// starting with `prefix` are looked at: a journal holds thousands.
    private static func taskReferences(_ state: CompletionState, prefix: String, excluding given: [String]) -> [String] {
        var seen = Set(given)
        var references: [String] = []
        for list in [state.taskNames, state.taskIDs] {
            for reference in list where reference.hasPrefix(prefix) && seen.insert(reference).inserted {
                references.append(reference)
            }
        }
        return references
    }

    private static func matching(_ words: [String], _ prefix: String) -> [Candidate] {
        var seen = Set<String>()
        return words.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }.map { Candidate($0) }
    }
}
