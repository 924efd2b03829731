import Foundation

/// The write end of the pipe the installed handler writes to. A C signal handler cannot
/// capture anything, so the one active pipe is named here.
private nonisolated(unsafe) var signalPipeWriteEnd: Int32 = -1

/// A pipe that signal numbers are written to from a signal handler (only `write`, which is
/// async-signal-safe) and read from in ordinary code.
final class SignalPipe: Sendable {
    let read: Int32
    private let write: Int32

    init?() {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { return nil }
        read = ends[0]
        write = ends[1]
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(read, F_SETFL, fcntl(read, F_GETFL) | O_NONBLOCK)
        _ = fcntl(write, F_SETFL, fcntl(write, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(read)
        close(write)
    }

    /// Makes `signals` write their number here, restarting interrupted system calls.
    func install(for signals: [Int32]) {
        signalPipeWriteEnd = write
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            var byte = UInt8(truncatingIfNeeded: number)
            _ = Glibc.write(signalPipeWriteEnd, &byte, 1)
        }
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        for number in signals { sigaction(number, &action, nil) }
    }

    /// The signal numbers written since the last call.
    func drain() -> [Int32] {
        var numbers: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = Glibc.read(read, &buffer, buffer.count)
            guard count > 0 else { break }
            numbers += buffer[..<count].map { Int32($0) }
        }
        return numbers
    }
}
