import Dispatch
import Foundation
import GrokCore
import Synchronization

/// Runs the program's work so that Ctrl-C cancels it (the command in progress stops, the
/// status becomes 130) and a second Ctrl-C ends the process at once.
enum Interruptible {
    static func run(_ work: @escaping @Sendable () async -> ExitStatus) async -> ExitStatus {
        signal(SIGINT, SIG_IGN)
        let task = Task { await work() }
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let interrupts = InterruptCount()
        source.setEventHandler {
            if interrupts.increment() > 1 { exit(ExitStatus.interrupted.rawValue) }
            task.cancel()
        }
        source.resume()
        let status = await task.value
        source.cancel()
        signal(SIGINT, SIG_DFL)
        return task.isCancelled ? .interrupted : status
    }
}

private final class InterruptCount: Sendable {
    private let count = Mutex(0)
    func increment() -> Int { count.withLock { $0 += 1; return $0 } }
}
