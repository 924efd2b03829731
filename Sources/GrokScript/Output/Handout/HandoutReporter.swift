import GrokCore
import GrokSyntax

/// Passes everything on to the session's reporter and, while a handout is recording, gives
/// it the same events as plain text (no colour, no progress bars), whatever `format` says.
public final class HandoutReporter: Reporter {
    private let base: any Reporter
    private let handout: Handout
    private let text: TextReporter

    public init(base: any Reporter, handout: Handout) {
        self.base = base
        self.handout = handout
        let capture = HandoutCapture(handout: handout)
        text = TextReporter(out: capture, err: capture, terminal: .plain, columns: { 80 }, pager: nil)
    }

    public func emit(_ event: OutputEvent) {
        base.emit(event)
        guard handout.isRecording else { return }
        switch event {
        case .trace, .tracedExchange: return
        default: text.emit(event)
        }
    }

    public func report(_ diagnostic: Diagnostic, in source: SourceFile) {
        base.report(diagnostic, in: source)
        if handout.isRecording { text.report(diagnostic, in: source) }
    }

    public func reportOmitted(_ count: Int, line: String) {
        base.reportOmitted(count, line: line)
        if handout.isRecording { text.reportOmitted(count, line: line) }
    }

    public func apply(_ options: SessionOptions) {
        base.apply(options)
    }
}

private struct HandoutCapture: TextOutput {
    let handout: Handout
    func write(_ text: String) { handout.output(text) }
}
