import Foundation

/// Signals are numbered below this (glibc's `_NSIG`).
private let signalCount = 65

/// For each signal, the write end of the pipe its handler writes to (-1: none). A C signal
/// handler cannot capture anything, so the pipes are named here, one per signal, so that
/// Ctrl-C and a resized window can each have their own.
private nonisolated(unsafe) let signalPipeWriteEnds: UnsafeMutablePointer<Int32> = {
    let ends = UnsafeMutablePointer<Int32>.allocate(capacity: signalCount)
    ends.initialize(repeating: -1, count: signalCount)
    return ends
}()

/// A pipe that signal numbers are written to from a signal handler (only `write`, which is
/// async-signal-safe) and read from in ordinary code.
public final class SignalPipe: Sendable {
    public let read: Int32
    private let write: Int32

    public init?() {
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

    /// Makes `signals` write their number here, restarting interrupted system calls. The
    /// caller restores them (`signal(number, SIG_DFL)`) before this pipe goes.
    public func install(for signals: [Int32]) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            guard number > 0, number < signalCount else { return }
            // The code the signal interrupted may be about to read errno.
            let saved = errno
            var byte = UInt8(truncatingIfNeeded: number)
            _ = Glibc.write(signalPipeWriteEnds[Int(number)], &byte, 1)
            errno = saved
        }
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        for number in signals where number > 0 && number < signalCount {
            signalPipeWriteEnds[Int(number)] = write
            sigaction(number, &action, nil)
        }
    }

    /// The signal numbers written since the last call.
    public func drain() -> [Int32] {
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
