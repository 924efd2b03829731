import Foundation

/// The REPL's history: entries oldest first, each entered once (entering one again moves
/// it to the end), at most `limit`, never one that looks secret. Multi-line entries are
/// one item.
public struct History: Sendable, Equatable {
    public private(set) var entries: [String]
    public let limit: Int

    public init(entries: [String] = [], limit: Int = 1000) {
        self.limit = max(1, limit)
        self.entries = []
        for entry in entries { append(entry) }
    }

    /// Adds an entry, without the blanks around it; returns false when it is refused
    /// (blank or secret-looking).
    @discardableResult
    public mutating func add(_ entry: String, filter: SecretFilter) -> Bool {
        let trimmed = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !filter.looksSecret(trimmed) else { return false }
        append(trimmed)
        return true
    }

    /// This history with `entries` added after its own by the same rules: how a session's
    /// new entries join what other REPLs saved meanwhile.
    func merging(_ entries: [String]) -> History {
        History(entries: self.entries + entries, limit: limit)
    }

    private mutating func append(_ entry: String) {
        entries.removeAll { $0 == entry }
        entries.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
    }
}
