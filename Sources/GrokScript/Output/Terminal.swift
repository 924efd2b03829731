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

    public static var width: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return 80 }
        return Int(size.ws_col)
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
