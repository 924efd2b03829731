/// The process exit statuses of SPEC §2, as named values.
public struct ExitStatus: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let success = ExitStatus(rawValue: 0)
    /// API error, network, download, assertion.
    public static let runtimeError = ExitStatus(rawValue: 1)
    /// Usage, syntax or static-check error: nothing was sent.
    public static let usage = ExitStatus(rawValue: 2)
    /// No key, a refused key file, insecure transport, or code 20001.
    public static let authentication = ExitStatus(rawValue: 3)
    /// A wait ran out of time; the task is still running and can be resumed.
    public static let waitTimedOut = ExitStatus(rawValue: 4)
    /// A task ended failed or canceled.
    public static let taskFailed = ExitStatus(rawValue: 5)
    /// Ctrl-C (128 + SIGINT). SIGTERM and SIGHUP end the process with 128 + their number
    /// (`InterruptSignal.termination`).
    public static let interrupted = ExitStatus(rawValue: 130)

    public var description: String { String(rawValue) }
}
