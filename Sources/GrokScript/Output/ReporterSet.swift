import GrokSyntax
import Synchronization

/// The reporter the session's `format` and `color` options choose, switchable while
/// running (`set format json`).
public final class ReporterSet: Reporter {
    private let text: TextReporter
    private let json: JSONReporter
    private let format: Mutex<SessionOptions.Format>

    public init(text: TextReporter, json: JSONReporter, format: SessionOptions.Format) {
        self.text = text
        self.json = json
        self.format = Mutex(format)
    }

    public func apply(_ options: SessionOptions) {
        format.withLock { $0 = options.format }
        text.setColor(options.color)
    }

    private var current: any Reporter {
        format.withLock { $0 } == .json ? json : text
    }

    public func emit(_ event: OutputEvent) { current.emit(event) }
    public func report(_ diagnostic: Diagnostic, in source: SourceFile) { current.report(diagnostic, in: source) }
    public func reportOmitted(_ count: Int, line: String) { current.reportOmitted(count, line: line) }
}
