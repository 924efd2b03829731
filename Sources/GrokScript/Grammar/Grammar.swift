/// A command's argument grammar: the parts its arguments are made of, in order. The
/// checker binds commands with it, the REPL completes and hints from it, and `help`
/// writes its usage line from it (`[REF…|all] [timeout DURATION]`).
/// Not `indirect` (its nesting goes through arrays): an indirect case lives in a box held by
/// a pointer whose spare bits carry the case, which LeakSanitizer cannot follow, so every box
/// of the static command table showed as leaked at exit.
public enum GrammarPart: Sendable {
    /// One argument, a value of the slot's kind.
    case value(Slot)
    /// The remaining arguments up to a keyword a later part starts with: `TEXT…`, `REF…`.
    case values(Slot, atLeast: Int)
    /// A word that must be written as it is: `=`, `in`.
    case keyword(String)
    /// Parts that may be absent. Led by a keyword (`[as NAME]`), they are present only
    /// when that word is; otherwise when any argument is left that is not a later keyword.
    case optional([GrammarPart])
    /// One word out of several, each with the parts that follow it: `show` targets,
    /// `set` keys, `help` topics.
    case choice(Choice)
    /// One of several forms (statements only): `NAME in ARG… { … } | NAME in lines PATH { … }`.
    case alternatives([[GrammarPart]])
    /// A block in braces (statements only; the parser reads it).
    case block
}

/// An argument position: what it is called, what it accepts, what completes there.
/// A class: the checker hands slots around for every argument, and a reference is one copy
/// where this struct's fields were five.
public final class Slot: Sendable {
    /// How usage lines name it: `NAME`, `PATH`, `16:9|9:16|1:1|3:2|2:3`.
    public let placeholder: String
    public let kind: ValueKind
    /// What a value is called in "unsupported ratio '4:3'".
    public let subject: String
    /// Words the slot also takes, written bare: `image none`, `wait all` (which stands alone).
    public let words: [String]
    /// A literal path here must be a file the script can read now, or a script to check too.
    public let file: FileUse?

    public init(_ placeholder: String, _ kind: ValueKind, subject: String = "value", words: [String] = [], file: FileUse? = nil) {
        self.placeholder = placeholder
        self.kind = kind
        self.subject = subject
        self.words = words
        self.file = file
    }

    /// The value of a draft field or session option.
    public static func setting(_ key: SettingKey) -> Slot {
        let setting = key.setting
        return Slot(setting.kind.placeholder, setting.kind, subject: setting.subject, words: setting.words)
    }

    /// How usage lines write it: the placeholder, then the words it also takes.
    public var syntax: String {
        ([placeholder] + words).joined(separator: "|")
    }
}

public enum FileUse: Sendable {
    /// Read by the command (`upload`, `for … in lines`).
    case read
    /// Run by `source`: checked along with the script.
    case script
}

/// One word of several, and what follows each. A class, like `Slot`.
public final class Choice: Sendable {
    public struct Branch: Sendable {
        public let word: String
        public let parts: [GrammarPart]

        public init(_ word: String, _ parts: [GrammarPart] = []) {
            self.word = word
            self.parts = parts
        }
    }

    /// What the word is called in "the key of 'set' must be written out".
    public let what: String
    /// How usage lines write it when listing the words would be too long: `KEY VALUE`.
    public let syntax: String?
    /// Read on use: `help`'s topics are the table's own command names.
    private let makeBranches: @Sendable () -> [Branch]
    /// The error for a word that is none of them, given the did-you-mean.
    let unknown: @Sendable (_ word: String, _ suggestion: String?) -> CheckerError

    public init(what: String, syntax: String? = nil, branches: @escaping @Sendable () -> [Branch],
                unknown: @escaping @Sendable (String, String?) -> CheckerError) {
        self.what = what
        self.syntax = syntax
        self.makeBranches = branches
        self.unknown = unknown
    }

    public var branches: [Branch] { makeBranches() }
    public var words: [String] { branches.map(\.word) }

    func branch(_ word: String) -> Branch? {
        branches.first { $0.word == word }
    }
}

extension GrammarPart {
    /// The keyword a part starts with when present, if it must start with one.
    var leadingKeyword: String? {
        switch self {
        case .keyword(let word): word
        case .optional(let parts): parts.first?.leadingKeyword
        default: nil
        }
    }

    /// How usage lines write the parts: `[as NAME]`, `NAME = VALUE`.
    static func syntax(of parts: some Collection<GrammarPart>) -> String {
        parts.map(\.syntax).joined(separator: " ")
    }

    public var syntax: String {
        switch self {
        case .value(let slot): slot.syntax
        case .values(let slot, _): ([slot.placeholder + "…"] + slot.words).joined(separator: "|")
        case .keyword(let word): word
        case .optional(let parts): "[" + Self.syntax(of: parts) + "]"
        case .choice(let choice):
            choice.syntax ?? choice.branches.map { ([$0.word] + $0.parts.map(\.syntax)).joined(separator: " ") }.joined(separator: "|")
        case .alternatives(let forms): forms.map { Self.syntax(of: $0) }.joined(separator: " | ")
        case .block: "{ … }"
        }
    }
}
