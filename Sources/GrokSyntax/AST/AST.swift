/// The syntax tree of a script. Plain values with a source range on every
/// node; the parser knows only the structural statements (`let`, `for`,
/// `repeat`, `assert`) and leaves every other command's meaning to the checker.
/// Only the lexer and the parser build them; other modules read them.
public struct Script: Sendable, Equatable {
    public var statements: [Statement]
    public var range: SourceRange
}

public enum Statement: Sendable, Equatable {
    case command(Command)
    case `let`(LetStatement)
    case `for`(ForStatement)
    case `repeat`(RepeatStatement)
    case `assert`(AssertStatement)

    public var range: SourceRange {
        switch self {
        case .command(let command): command.range
        case .let(let statement): statement.range
        case .for(let statement): statement.range
        case .repeat(let statement): statement.range
        case .assert(let statement): statement.range
        }
    }
}

/// `{ … }` with the statements inside; the range runs from `{` to `}`.
public struct Block: Sendable, Equatable {
    public var statements: [Statement]
    public var range: SourceRange
}

/// A name written in the script: a command name, or a variable bound by `let`/`for`.
public struct Name: Sendable, Equatable {
    public var text: String
    public var range: SourceRange

    init(_ text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// `NAME ARG…`: any command other than the structural ones.
public struct Command: Sendable, Equatable {
    public var name: Name
    public var arguments: [Argument]
    public var range: SourceRange
}

/// `let NAME = VALUE`
public struct LetStatement: Sendable, Equatable {
    public var name: Name
    public var value: Argument
    public var range: SourceRange
}

/// `for NAME in ARG… { … }` or `for NAME… in lines PATH { … }`
public struct ForStatement: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case words([Argument])
        case lines(path: Argument)
    }

    public var variable: Name
    /// The names after the first (`for name text in lines FILE`): each line is split into
    /// fields, one per name, the last taking the rest. Only with `lines`.
    public var fields: [Name] = []
    public var source: Source
    public var body: Block
    public var range: SourceRange
}

/// `repeat COUNT { … }`; the count is checked as an integer by the checker.
public struct RepeatStatement: Sendable, Equatable {
    public var count: Argument
    public var body: Block
    public var range: SourceRange
}

/// `assert A == B` or `assert A != B`
public struct AssertStatement: Sendable, Equatable {
    public enum Operator: String, Sendable, Equatable, CaseIterable {
        case equal = "=="
        case notEqual = "!="
    }

    public var lhs: Argument
    public var op: Operator
    public var operatorRange: SourceRange
    public var rhs: Argument
    public var range: SourceRange
}

/// One argument: the adjacent words, quoted strings and interpolations written
/// with no blank between them (`out/$name.mp4`, `"a"'b'c`).
///
/// Adjacent literal text is merged into one `.literal` part, so an argument
/// without interpolation has at most one part; `""` has none.
public struct Argument: Sendable, Equatable {
    /// Most arguments are one piece of text; storing that without an array
    /// saves an allocation per word, which `grok check`'s speed depends on.
    private enum Storage: Sendable, Equatable {
        case text(String, SourceRange)
        case parts([ArgumentPart])
    }

    private var storage: Storage
    /// True when written with no quotes and no backslash escapes. Only a bare
    /// argument can be a keyword (`in`, `lines`, `==`) or a block brace, so
    /// `"lines"` and `\{` are ordinary values.
    public var isBare: Bool
    public var range: SourceRange

    public init(parts: [ArgumentPart], isBare: Bool, range: SourceRange) {
        if parts.count == 1, case .literal(let text, let textRange) = parts[0] {
            self.storage = .text(text, textRange)
        } else {
            self.storage = .parts(parts)
        }
        self.isBare = isBare
        self.range = range
    }

    /// An argument of one piece of literal text whose source is `textRange`.
    public init(text: String, textRange: SourceRange, isBare: Bool, range: SourceRange) {
        self.storage = .text(text, textRange)
        self.isBare = isBare
        self.range = range
    }

    public var parts: [ArgumentPart] {
        switch storage {
        case .text(let text, let range): [.literal(text, range)]
        case .parts(let parts): parts
        }
    }

    /// The argument's value when it has no interpolation, for the checker to
    /// validate (`ratio 4:3`); `nil` when its value is only known at run time.
    public var literalValue: String? {
        switch storage {
        case .text(let text, _):
            return text
        case .parts(let parts):
            var value = ""
            for part in parts {
                guard case .literal(let text, _) = part else { return nil }
                value += text
            }
            return value
        }
    }

    /// Every part (literal ones too) of an argument that reads a variable,
    /// environment variable or script argument; empty for plain text. Never
    /// allocates, so the checker can walk every argument of a large script.
    /// True when the argument is one piece of literal text (no interpolation): checked
    /// without building or retaining anything.
    public var isPlainText: Bool {
        if case .text = storage { true } else { false }
    }

    public var interpolatedParts: [ArgumentPart] {
        switch storage {
        case .text: []
        case .parts(let parts): parts
        }
    }

    /// True when the argument is the bare word `keyword`, written as is.
    public func isKeyword(_ keyword: String) -> Bool {
        guard isBare, case .text(let text, _) = storage else { return false }
        return text == keyword
    }
}

public enum ArgumentPart: Sendable, Equatable {
    /// Text after quotes and escapes are resolved; the range covers the source it came from.
    case literal(String, SourceRange)
    /// `$name` or `${name}`
    case variable(String, SourceRange)
    /// `$env.NAME` or `${env.NAME}`
    case environment(String, SourceRange)
    /// `$1`…`$9`, or `${N}` for any N ≥ 1: a script argument
    case positional(Int, SourceRange)

    public var range: SourceRange {
        switch self {
        case .literal(_, let range), .variable(_, let range),
             .environment(_, let range), .positional(_, let range):
            range
        }
    }
}
