import GrokSyntax

/// Matches a command's arguments against its grammar, left to right, without looking at
/// values: what was written where, or the first structural problem. Value checks and the
/// draft's flow come after, in the checker.
struct GrammarMatcher {
    /// Why the arguments do not fit the grammar. Indices are into the arguments.
    enum Problem: Error, Equatable {
        /// Nothing where `expected` must come; `after` is what it follows (`set ratio`, `as`).
        case missing(expected: String, after: String)
        /// Arguments from this index on fit nowhere.
        case extra(from: Int)
        /// The argument at this index is none of the keyword groups that could come there.
        case unexpected(at: Int, expected: String)
        /// A word that stands alone (`all`) written with other arguments.
        case notAlone(at: Int)
        /// A choice's word is interpolated: the checker must know it.
        case notLiteral(at: Int, what: String)
        case unknownWord(at: Int, word: String)
    }

    let command: String
    let arguments: [Argument]
    private var index = 0
    private(set) var match = GrammarMatch()
    /// The choice whose unknown word is being reported, for its wording.
    private(set) var failedChoice: Choice?
    /// Keyword groups skipped because the argument here was not their keyword, by index:
    /// what "unexpected" says was expected.
    private var skipped: [(index: Int, syntax: String)] = []

    init(command: String, arguments: [Argument]) {
        self.command = command
        self.arguments = arguments
    }

    /// Matches every argument, or throws the first problem.
    mutating func run(_ grammar: [GrammarPart]) throws(Problem) {
        try match(grammar[...], after: command, following: [])
        guard index < arguments.count else { return }
        let expected = skipped.filter { $0.index == index }.map { "'\($0.syntax)'" }
        if expected.isEmpty { throw .extra(from: index) }
        throw .unexpected(at: index, expected: expected.joined(separator: " or "))
    }

    /// - Parameters:
    ///   - after: the words written so far at this level, for "expected X after 'set ratio'".
    ///   - following: keywords that start parts after these, at which open-ended parts stop.
    private mutating func match(_ parts: ArraySlice<GrammarPart>, after: String, following: Set<String>) throws(Problem) {
        var after = after
        for offset in parts.indices {
            let part = parts[offset]
            // Worked out only where needed: every argument of every command comes through here.
            var later: Set<String> { following.union(parts[(offset + 1)...].compactMap(\.leadingKeyword)) }
            var missing: Problem { .missing(expected: GrammarPart.syntax(of: parts[offset...]), after: after) }
            switch part {
            case .value(let slot):
                guard index < arguments.count else { throw missing }
                take(slot)
            case .values(let slot, let minimum):
                let start = index
                let later = later
                while index < arguments.count, !isKeyword(arguments[index], in: later) { take(slot) }
                if index - start < minimum { throw missing }
                try checkAlone(slot, from: start)
            case .keyword(let word):
                guard index < arguments.count else { throw missing }
                guard arguments[index].isKeyword(word) else { throw .unexpected(at: index, expected: "'\(word)'") }
                keyword(word)
                after = word
            case .optional(let group):
                guard index < arguments.count else { continue }
                if let word = group.first?.leadingKeyword {
                    guard arguments[index].isKeyword(word) else {
                        skipped.append((index, GrammarPart.syntax(of: group)))
                        continue
                    }
                    keyword(word)
                    try match(group.dropFirst(), after: word, following: later)
                } else {
                    let later = later
                    if !isKeyword(arguments[index], in: later) { try match(group[...], after: after, following: later) }
                }
            case .choice(let choice):
                guard index < arguments.count else { throw missing }
                // Words that take nothing after them, last of all: the count is known before the word.
                if parts.index(after: offset) == parts.endIndex, following.isEmpty, index + 1 < arguments.count,
                   choice.branches.allSatisfy(\.parts.isEmpty) {
                    throw .extra(from: index + 1)
                }
                let argument = arguments[index]
                guard let word = argument.literalValue else { throw .notLiteral(at: index, what: choice.what) }
                guard let branch = choice.branch(word) else {
                    failedChoice = choice
                    throw .unknownWord(at: index, word: word)
                }
                match.words.append(word)
                index += 1
                after += " " + word
                try match(branch.parts[...], after: after, following: later)
            case .alternatives, .block:
                // Statements: read by the parser, never matched here.
                throw .extra(from: index)
            }
        }
    }

    private mutating func take(_ slot: Slot) {
        match.slots.append((slot, arguments[index]))
        index += 1
    }

    private mutating func keyword(_ word: String) {
        match.keywords.insert(word)
        index += 1
    }

    private func isKeyword(_ argument: Argument, in words: Set<String>) -> Bool {
        words.contains { argument.isKeyword($0) }
    }

    /// A slot's own words (`all`) stand alone among the arguments it took.
    private func checkAlone(_ slot: Slot, from start: Int) throws(Problem) {
        guard index - start > 1 else { return }
        if let alone = arguments[start..<index].firstIndex(where: { isKeyword($0, in: Set(slot.words)) }) {
            throw .notAlone(at: alone)
        }
    }
}
