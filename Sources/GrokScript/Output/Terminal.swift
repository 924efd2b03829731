import Foundation
import GrokCore

/// What the process's standard streams are connected to, and whether colour is allowed.
public struct Terminal: Sendable {
    public var stdoutIsTerminal: Bool
    public var stderrIsTerminal: Bool
    public var colorOnStdout: Bool
    public var colorOnStderr: Bool

    /// Colour only on a terminal, never with `NO_COLOR` or `--no-color`.
    public static func detect(noColor: Bool, environment: [String: String]) -> Terminal {
        let stdoutTTY = isatty(STDOUT_FILENO) == 1
        let stderrTTY = isatty(STDERR_FILENO) == 1
        let colorAllowed = !noColor && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
        return Terminal(stdoutIsTerminal: stdoutTTY, stderrIsTerminal: stderrTTY,
                        colorOnStdout: colorAllowed && stdoutTTY, colorOnStderr: colorAllowed && stderrTTY)
    }

    public static let plain = Terminal(stdoutIsTerminal: false, stderrIsTerminal: false, colorOnStdout: false, colorOnStderr: false)

    /// Standard output's width in columns, asked of the terminal at each call (a cheap
    /// `ioctl`), so a resized window (SIGWINCH) shows at the next drawing; else `$COLUMNS`,
    /// else 80.
    public static func columns(environment: [String: String]) -> Int {
        var size = winsize()
        let reported = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : 0
        return columns(reported: reported, environment: environment)
    }

    /// Standard output's height in rows, asked of the terminal at each call; else `$LINES`,
    /// else 24.
    public static func rows(environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        if let text = environment["LINES"], let rows = Int(text), rows > 0 { return rows }
        return 24
    }

    /// A terminal that reports 0 columns has not been told its size.
    static func columns(reported: Int, environment: [String: String]) -> Int {
        if reported > 0 { return reported }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        return 80
    }
}

/// Where output bytes go; the standard streams in the program, buffers in tests.
public protocol TextOutput: Sendable {
    func write(_ text: String)
}

public struct StandardStream: TextOutput {
    let descriptor: Int32

    public static let output = StandardStream(descriptor: STDOUT_FILENO)
    public static let error = StandardStream(descriptor: STDERR_FILENO)

    public func write(_ text: String) {
        // A stream that cannot be written to has nowhere to report it either.
        try? FileDescriptorIO.writeAll(descriptor, text)
    }
}
