/// One REPL's history: what Up recalls (the file as it was at start, then this session's
/// entries, as bash keeps it with `histappend`) and this session's entries not yet merged
/// into the file. An entry the file could not take (its lock held too long) stays here
/// and goes in with the next save.
struct SessionHistory {
    private(set) var recalled: History
    private(set) var unsaved: [String] = []
    private let file: HistoryFile?

    init(file: HistoryFile?) {
        self.file = file
        recalled = file?.load() ?? History()
    }

    /// Adds an entry to recall and to save; false when it is refused (blank or secret-looking).
    mutating func add(_ text: String, filter: SecretFilter) -> Bool {
        guard recalled.add(text, filter: filter), let entry = recalled.entries.last else { return false }
        unsaved.append(entry)
        return true
    }

    /// Merges the unsaved entries into the file; when that fails they are kept for the next try.
    mutating func save() throws(HistoryError) {
        guard let file, !unsaved.isEmpty else { return }
        try file.merge(unsaved, limit: recalled.limit)
        unsaved = []
    }
}
