/// Renders diagnostics in the form of SPEC §3.5:
///
///     error: unsupported ratio '4:3'
///       --> demo.grok:3:7
///        |
///      3 | ratio 4:3
///        |       ^^^ expected one of 16:9, 9:16, 1:1, 3:2, 2:3
///        = hint: …
///
/// The gutter is as wide as the line number. Carets run from the start of the
/// range to its end (at least one); a range running past its first line is
/// underlined to the end of that line. Tabs show as four spaces in the line
/// and under it alike; wide (CJK) characters count two columns; control
/// characters show as their Unicode control pictures (␀, ␛), so a hostile
/// script cannot drive the terminal. A line longer than `maximumLineBytes` is
/// cut to a window around the range, marked with `…` at each cut end.
/// Notes follow as `= hint: …` / `= note: …` lines under the gutter.
public struct DiagnosticRenderer: Sendable {
    /// ANSI colour; off by default. All escape codes go through `colorize`.
    public var colorize: Bool
    public var tabWidth = 4
    /// Longer lines are shown as a window around the range.
    public var maximumLineBytes = 200
    /// Bytes of context kept before the range in such a window.
    public var clippedContextBytes = 60

    public init(colorize: Bool = false) {
        self.colorize = colorize
    }

    /// Diagnostics separated by blank lines; each ends with a newline.
    public func render(_ diagnostics: [Diagnostic], in source: SourceFile) -> String {
        diagnostics.map { render($0, in: source) }.joined(separator: "\n")
    }

    public func render(_ diagnostic: Diagnostic, in source: SourceFile) -> String {
        let location = source.location(of: diagnostic.range.start)
        let number = String(location.line)
        let pad = String(repeating: " ", count: number.count)
        let blank = " " + pad
        let snippet = snippet(of: diagnostic.range, onLine: location.line, in: source)
        let severityStyle: ANSIStyle = diagnostic.severity == .error ? .error : .warning

        var lines: [String] = []
        lines.append(colorizeIfRequested(diagnostic.severity.rawValue, severityStyle) + colorizeIfRequested(": \(diagnostic.message)", .bold))
        lines.append(pad + colorizeIfRequested(" -->", .gutter) + " \(source.name):\(location.line):\(location.column)")
        lines.append(blank + colorizeIfRequested(" |", .gutter))
        lines.append(colorizeIfRequested(" \(number) |", .gutter) + (snippet.text.isEmpty ? "" : " \(snippet.text)"))
        let carets = String(repeating: " ", count: snippet.caretColumn) + String(repeating: "^", count: snippet.caretCount)
        let label = diagnostic.label.map { " \($0)" } ?? ""
        lines.append(blank + colorizeIfRequested(" |", .gutter) + " " + colorizeIfRequested(carets + label, severityStyle))
        for note in diagnostic.notes {
            lines.append(blank + colorizeIfRequested(" =", .gutter) + " " + colorizeIfRequested("\(note.kind.rawValue):", .bold) + " \(note.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Snippet

    struct Snippet: Equatable {
        /// The source line as shown, tabs expanded and controls made visible.
        var text: String
        /// Display columns before the first caret.
        var caretColumn: Int
        var caretCount: Int
    }

    func snippet(of range: SourceRange, onLine line: Int, in source: SourceFile) -> Snippet {
        let bytes = source.bytes
        let content = source.contentRange(ofLine: line)
        let start = min(max(range.start, content.lowerBound), content.upperBound)
        var end = min(max(range.end, start), content.upperBound)

        var window = content
        if content.count > maximumLineBytes {
            window = clippedWindow(around: start..<end, in: content, bytes: bytes)
            end = min(end, window.upperBound)
        }

        let cutBefore = window.lowerBound > content.lowerBound
        var text = cutBefore ? "…" : ""
        var column = cutBefore ? 1 : 0
        var caretStart: Int?
        var caretEnd: Int?
        var index = window.lowerBound
        while index < window.upperBound {
            if caretStart == nil, index >= start { caretStart = column }
            if caretEnd == nil, index >= end { caretEnd = column }
            let (scalar, length) = UTF8Decoding.decode(bytes, at: index)
            let shown = display(scalar)
            text += shown.text
            column += shown.width
            index += length
        }
        let first = caretStart ?? column
        let last = caretEnd ?? column
        if window.upperBound < content.upperBound { text += "…" }
        return Snippet(text: text, caretColumn: first, caretCount: max(1, last - first))
    }

    /// A window of about `maximumLineBytes` around the range, on scalar boundaries.
    private func clippedWindow(around range: Range<Int>, in content: Range<Int>, bytes: [UInt8]) -> Range<Int> {
        var lower = max(content.lowerBound, range.lowerBound - clippedContextBytes)
        while lower < content.upperBound, UTF8Decoding.isContinuation(bytes[lower]) {
            lower += 1
        }
        var upper = min(content.upperBound, lower + maximumLineBytes)
        while upper < content.upperBound, UTF8Decoding.isContinuation(bytes[upper]) {
            upper += 1
        }
        return lower..<max(lower, upper)
    }

    private func display(_ scalar: Unicode.Scalar?) -> (text: String, width: Int) {
        guard let scalar else { return ("\u{FFFD}", 1) }
        switch scalar.value {
        case 0x09:
            return (String(repeating: " ", count: tabWidth), tabWidth)
        case 0x00...0x1F:
            return (String(Character(Unicode.Scalar(0x2400 + scalar.value) ?? "?")), 1)
        case 0x7F:
            return ("\u{2421}", 1)
        case 0x80...0x9F:
            return ("\u{FFFD}", 1)
        default:
            return (String(Character(scalar)), DisplayWidth.of(scalar))
        }
    }

    // MARK: Colour

    /// The one place escape codes are added, and only when `colorize` is on.
    func colorizeIfRequested(_ text: String, _ style: ANSIStyle) -> String {
        guard colorize, !text.isEmpty else { return text }
        return style.apply(to: text)
    }
}

private extension ANSIStyle {
    static let error = ANSIStyle.boldRed
    static let warning = ANSIStyle.boldYellow
    static let gutter = ANSIStyle.boldBlue
}
