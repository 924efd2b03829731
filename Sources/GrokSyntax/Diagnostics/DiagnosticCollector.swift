/// One stage's diagnostics, up to a limit. Hostile input with an error every
/// few bytes (a 10 MB line of `$ $ $ …`) would otherwise build millions of
/// diagnostics; past the limit the stage records one last "too many errors"
/// diagnostic where it stopped, and `isFull` tells it it may stop looking.
public struct DiagnosticCollector<Kind: DiagnosticKind> {
    public static var limit: Int { 1_000 }

    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var isFull = false
    /// The kind recorded once the limit is reached.
    private let tooMany: Kind

    /// `tooMany` makes the last diagnostic from the limit, e.g. `LexerError.tooManyErrors(limit:)`.
    public init(tooMany: (Int) -> Kind) {
        self.tooMany = tooMany(Self.limit)
    }

    public mutating func append(_ kind: Kind, at range: SourceRange) {
        guard !isFull else { return }
        if diagnostics.count == Self.limit {
            diagnostics.append(Diagnostic(tooMany, at: range))
            isFull = true
        } else {
            diagnostics.append(Diagnostic(kind, at: range))
        }
    }
}
