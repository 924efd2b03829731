/// The words that start a structural statement, read by the parser rather than bound
/// as commands.
public enum StatementKeyword: String, Sendable, CaseIterable {
    case `let`, `for`, `repeat`, `assert`

    /// `for NAME in …`
    public static let `in` = "in"
    /// `for NAME in lines PATH`
    public static let lines = "lines"
    /// `let NAME = VALUE`
    public static let equals = "="
}
