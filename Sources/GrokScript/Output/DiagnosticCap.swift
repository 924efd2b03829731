import GrokSyntax

/// At most `limit` diagnostics reach the user in one run; the rest are counted
/// (`and 2,900 more errors`). 1 MB of random bytes once printed 3,250 diagnostics,
/// 1.9 MB of stderr no one reads past the first screen.
struct DiagnosticCap {
    static let limit = 100

    /// In the order they are reported, across the file and the files it sources.
    private(set) var shown: [(Diagnostic, SourceFile)] = []
    private(set) var omitted = 0
    private(set) var omittedWarnings = 0
    /// A stage stopped counting (its `too-many-errors` diagnostic, at 1,000) among those left out.
    private(set) var countStopped = false

    init(_ diagnostics: some Sequence<(Diagnostic, SourceFile)>, limit: Int = Self.limit) {
        for item in diagnostics {
            if shown.count < limit {
                shown.append(item)
            } else if item.0.id.hasSuffix(".too-many-errors") {
                countStopped = true
            } else {
                omitted += 1
                if item.0.severity != .error { omittedWarnings += 1 }
            }
        }
    }

    /// `and 3 more errors`; `diagnostics` when some of them are warnings; `and over 900 more
    /// errors` when a stage stopped counting; `nil` when none were left out.
    var omittedLine: String? {
        guard omitted > 0 || countStopped else { return nil }
        let noun = omittedWarnings == 0 ? (omitted == 1 && !countStopped ? "error" : "errors") : "diagnostics"
        return "and \(countStopped ? "over " : "")\(omitted) more \(noun)"
    }

    func report(to reporter: any Reporter) {
        for (diagnostic, source) in shown { reporter.report(diagnostic, in: source) }
        if let omittedLine { reporter.reportOmitted(omitted, line: omittedLine) }
    }
}
