import GrokSyntax

/// What a command's arguments matched in its grammar: the argument of each slot, the
/// word each choice took, the keywords written. What `CommandSpec`'s bind reads.
public struct GrammarMatch: Sendable {
    /// Each matched argument with its slot, in argument order.
    var slots: [(slot: Slot, argument: Argument)] = []
    /// The words the choices took, in order: `set ratio` gives `ratio`.
    var words: [String] = []
    var keywords: Set<String> = []

    /// The first choice word (a `set` key, a `show` target, a `help` topic).
    var word: String? { words.first }

    /// The argument of the first slot (the command's one value).
    var value: Argument? { slots.first?.argument }

    /// Every argument taken by slots (`prompt`'s words, `echo`'s arguments).
    var values: [Argument] { slots.map(\.argument) }

    /// The argument of the slot written as `placeholder` in the grammar.
    subscript(placeholder: String) -> Argument? {
        slots.first { $0.slot.placeholder == placeholder }?.argument
    }

    func has(_ keyword: String) -> Bool {
        keywords.contains(keyword)
    }

    /// `[REF…|all]`: no reference is the last task; `all` (which stands alone) every task.
    var taskSelection: TaskSelection {
        let references = slots.filter { $0.slot.kind == .taskReference }.map(\.argument)
        if references.isEmpty { return .last }
        if references.count == 1, references[0].isKeyword(Word.all) { return .all }
        return .references(references)
    }
}
