/// One problem found in a script, by any stage: lexer, parser, checker or
/// evaluator. A plain value, so stages return lists of them and never throw
/// or print.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
    }

    /// An extra line shown under the snippet: `= hint: …` or `= note: …`.
    public struct Note: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            case hint
            case note
        }

        public var kind: Kind
        public var message: String

        public init(_ kind: Kind, _ message: String) {
            self.kind = kind
            self.message = message
        }

        public static func hint(_ message: String) -> Note { Note(.hint, message) }
        public static func note(_ message: String) -> Note { Note(.note, message) }
    }

    /// Stable identifier such as `lex.unterminated-string`; keys golden tests
    /// and `--json` output, so it never changes once published.
    public var id: String
    public var severity: Severity
    public var message: String
    /// What the carets point at.
    public var range: SourceRange
    /// Short text printed after the carets.
    public var label: String?
    public var notes: [Note]

    public init(
        id: String,
        severity: Severity = .error,
        message: String,
        range: SourceRange,
        label: String? = nil,
        notes: [Note] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.label = label
        self.notes = notes
    }

    /// A diagnostic worded by its kind.
    public init(_ kind: some DiagnosticKind, at range: SourceRange) {
        let wording = kind.wording
        self.init(
            id: wording.id,
            severity: wording.severity,
            message: wording.message,
            range: range,
            label: wording.label,
            notes: wording.notes
        )
    }
}

/// The text of one diagnostic kind, produced in a single `switch` per kind enum.
public struct DiagnosticWording: Sendable, Equatable {
    public var id: String
    public var severity: Diagnostic.Severity
    public var message: String
    public var label: String?
    public var notes: [Diagnostic.Note]

    public init(
        id: String,
        severity: Diagnostic.Severity = .error,
        message: String,
        label: String? = nil,
        hint: String? = nil,
        notes: [Diagnostic.Note] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.label = label
        self.notes = (hint.map { [Diagnostic.Note.hint($0)] } ?? []) + notes
    }
}

/// A family of diagnostics (lexer, parser, checker…): an enum whose cases carry
/// the facts and whose `wording` is the one place that turns them into text.
public protocol DiagnosticKind: Sendable {
    var wording: DiagnosticWording { get }
}

extension DiagnosticWording {
    /// Source text quoted in a message, cut short so a huge token cannot flood it.
    public static func excerpt(_ text: String, limit: Int = 32) -> String {
        text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}

extension Array where Element == Diagnostic {
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// Stable sort by start offset, so merged stage outputs read top to bottom.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
    }
}
