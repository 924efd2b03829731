import GrokSyntax

/// `--dry-run`'s output: the service has said what it would send, so nothing is announced
/// as submitted or uploaded.
struct DryRunReporter: Reporter {
    let base: any Reporter

    func emit(_ event: OutputEvent) {
        switch event {
        case .submitted, .uploaded: return
        default: base.emit(event)
        }
    }

    func report(_ diagnostic: Diagnostic, in source: SourceFile) {
        base.report(diagnostic, in: source)
    }

    func reportOmitted(_ count: Int, line: String) {
        base.reportOmitted(count, line: line)
    }

    func apply(_ options: SessionOptions) {
        base.apply(options)
    }
}
