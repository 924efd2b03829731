/// What may come next after the words of a command typed so far: the keywords and
/// slots its grammar allows there. Completion and hints read it; it walks the same
/// grammar the checker matches, with the same rule that a value never takes a word
/// a later part starts with.
public enum Expectation: Sendable {
    case word(String)
    /// `single`: the slot takes one argument here (not the next of several).
    case slot(Slot, single: Bool)
}

extension CommandSpec {
    /// Every way `arguments` (the words after the command name) can continue, in
    /// grammar order, keywords and choices' words listed where they stand.
    public func expectations(after arguments: [String]) -> [Expectation] {
        var walk = GrammarWalk(words: arguments)
        walk.walk(grammar[...], continuation: [])
        return walk.found
    }
}

private struct GrammarWalk {
    let words: [String]
    var found: [Expectation] = []

    /// Follows every way `parts` then `continuation` can take the words from `index`;
    /// where the words run out, notes what could come next.
    mutating func walk(_ parts: ArraySlice<GrammarPart>, continuation: [ArraySlice<GrammarPart>], index: Int = 0) {
        guard let part = parts.first else {
            guard let next = continuation.last else { return }
            walk(next, continuation: continuation.dropLast(), index: index)
            return
        }
        let rest = parts.dropFirst()
        let following = Set((rest + continuation.reversed().joined()).compactMap(\.leadingKeyword))
        guard index < words.count else {
            firsts(parts, continuation: continuation)
            return
        }
        let word = words[index]
        switch part {
        case .value:
            if !following.contains(word) { walk(rest, continuation: continuation, index: index + 1) }
        case .values(let slot, let minimum):
            if minimum == 0 { walk(rest, continuation: continuation, index: index) }
            if !following.contains(word) {
                walk([.values(slot, atLeast: 0)] + rest, continuation: continuation, index: index + 1)
            }
        case .keyword(let keyword):
            if word == keyword { walk(rest, continuation: continuation, index: index + 1) }
        case .optional(let group):
            walk(rest, continuation: continuation, index: index)
            walk(group[...], continuation: continuation + [rest], index: index)
        case .choice(let choice):
            if let branch = choice.branch(word) { walk(branch.parts[...], continuation: continuation + [rest], index: index + 1) }
        case .alternatives(let forms):
            for form in forms { walk(form[...], continuation: continuation + [rest], index: index) }
        case .block:
            break
        }
    }

    /// What can start `parts` (then `continuation`, past parts that may be absent).
    private mutating func firsts(_ parts: ArraySlice<GrammarPart>, continuation: [ArraySlice<GrammarPart>]) {
        guard let part = parts.first else {
            guard let next = continuation.last else { return }
            firsts(next, continuation: continuation.dropLast())
            return
        }
        switch part {
        case .value(let slot):
            found.append(.slot(slot, single: true))
        case .values(let slot, let minimum):
            found.append(.slot(slot, single: false))
            if minimum == 0 { firsts(parts.dropFirst(), continuation: continuation) }
        case .keyword(let word):
            found.append(.word(word))
        case .optional(let group):
            firsts(group[...], continuation: [])
            firsts(parts.dropFirst(), continuation: continuation)
        case .choice(let choice):
            found += choice.words.map(Expectation.word)
        case .alternatives(let forms):
            for form in forms { firsts(form[...], continuation: []) }
        case .block:
            break
        }
    }
}
