import GrokSyntax

/// Turns what the evaluator says into output. Called from concurrent waits, so it must
/// serialise its own writes.
public protocol Reporter: Sendable {
    func emit(_ event: OutputEvent)
    /// An error or warning with its position, on standard error.
    func report(_ diagnostic: Diagnostic, in source: SourceFile)
    /// After the first `DiagnosticCap.limit` diagnostics of a run: how many more there were.
    func reportOmitted(_ count: Int, line: String)
    func apply(_ options: SessionOptions)
}

extension Reporter {
    /// Follows `set format` and `set color`; reporters that cannot change ignore it.
    public func apply(_ options: SessionOptions) {}

    public func reportOmitted(_ count: Int, line: String) {}
}
