/// What Tab offers for the word before the cursor.
public struct Completion: Sendable, Equatable {
    /// The text before the cursor the candidates replace (the word being typed, with its quote).
    public var replacing: String
    public var candidates: [Candidate]

    public init(replacing: String, candidates: [Candidate]) {
        self.replacing = replacing
        self.candidates = candidates
    }

    public static let none = Completion(replacing: "", candidates: [])

    /// The candidates' texts, for tests and listings.
    public var texts: [String] { candidates.map(\.text) }

    /// What every candidate starts with: Tab inserts this much when it is longer than the word.
    public var commonPrefix: String {
        guard var prefix = candidates.first?.text else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.text.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

/// One thing Tab can insert.
public struct Candidate: Sendable, Equatable {
    /// Replaces the word being typed.
    public var text: String
    /// Added after `text` when this is the only candidate: a space, nothing after a
    /// directory (more path follows), a closing quote for a quoted word.
    public var terminator: String
    /// How the candidate is listed: a path's last component, for instance.
    public var display: String

    public init(_ text: String, terminator: String = " ", display: String? = nil) {
        self.text = text
        self.terminator = terminator
        self.display = display ?? text
    }
}
