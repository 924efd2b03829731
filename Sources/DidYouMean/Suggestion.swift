/// Did-you-mean: the candidate closest to a misspelled word, if close enough.
public enum Suggestion {
    /// The nearest candidate by edit distance (a swap of two neighbours counts
    /// as one edit), allowing about one edit per three letters.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let reachable = candidatesWithinReach(of: word.unicodeScalars.count, among: candidates)
        guard !reachable.isEmpty else { return nil }
        let typed = Array(word.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in reachable where candidate != word {
            let distance = editDistance(typed, Array(candidate.lowercased().unicodeScalars))
            if distance <= allowedEdits(for: candidate), distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The candidates a word of `length` scalars could be close enough to: the edit distance
    /// is at least the difference in length, so the others are never compared. A 1M-letter
    /// word so costs a count, not a million-row table per candidate.
    public static func candidatesWithinReach(of length: Int, among candidates: [String]) -> [String] {
        candidates.filter { abs($0.unicodeScalars.count - length) <= allowedEdits(for: $0) }
    }

    static func allowedEdits(for candidate: String) -> Int {
        max(1, candidate.count / 3)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions
    /// and transpositions of adjacent scalars.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previousRow = Array(repeating: 0, count: b.count + 1)
        var row = Array(0...b.count)
        for i in 1...a.count {
            swap(&beforePrevious, &previousRow)
            swap(&previousRow, &row)
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], beforePrevious[j - 2] + 1)
                }
            }
        }
        return row[b.count]
    }
}
