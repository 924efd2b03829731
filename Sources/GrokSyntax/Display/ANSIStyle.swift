/// A colour or weight for terminal text, as an ANSI SGR escape: the one
/// definition of every colour grok writes (diagnostics, output lines, the
/// REPL's prompt and hints). Whether to colour at all is the caller's choice.
public struct ANSIStyle: Sendable, Equatable {
    /// The SGR parameters, e.g. `1;31` for bold red.
    public var code: String

    public init(_ code: String) {
        self.code = code
    }

    public static let bold = ANSIStyle("1")
    public static let dim = ANSIStyle("2")
    public static let red = ANSIStyle("31")
    public static let green = ANSIStyle("32")
    public static let yellow = ANSIStyle("33")
    public static let magenta = ANSIStyle("35")
    public static let cyan = ANSIStyle("36")
    public static let boldRed = ANSIStyle("1;31")
    public static let boldYellow = ANSIStyle("1;33")
    public static let boldBlue = ANSIStyle("1;34")

    /// The escape that turns this style on.
    public var start: String { "\u{1B}[\(code)m" }

    /// The escape that turns every style off.
    public static let reset = "\u{1B}[0m"

    /// `text` in this style, then back to plain.
    public func apply(to text: String) -> String {
        start + text + Self.reset
    }
}
