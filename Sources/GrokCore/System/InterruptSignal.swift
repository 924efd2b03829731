import Dispatch
import Foundation
import Synchronization

/// Ctrl-C (SIGINT), delivered on a queue instead of ending the process while
/// started. What it does depends on the moment: nothing, a call (the REPL
/// abandons the line being edited), or cancelling the work that runs; a second
/// Ctrl-C before that work has stopped ends the process with status 130.
public final class InterruptSignal: Sendable {
    private enum State {
        case ignoring
        case calling(@Sendable () -> Void)
        case cancelling(@Sendable () -> Void, interrupted: Bool)
    }

    private let state = Mutex(State.ignoring)
    private nonisolated(unsafe) let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())

    public init() {}

    public func start() {
        signal(SIGINT, SIG_IGN)
        source.setEventHandler { [weak self] in self?.interrupt() }
        source.resume()
    }

    public func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }

    public func ignore() { state.withLock { $0 = .ignoring } }
    public func call(_ action: @escaping @Sendable () -> Void) { state.withLock { $0 = .calling(action) } }
    public func cancel<Success>(_ task: Task<Success, Never>) {
        state.withLock { $0 = .cancelling({ task.cancel() }, interrupted: false) }
    }

    private func interrupt() {
        state.withLock { state in
            switch state {
            case .ignoring:
                break
            case .calling(let action):
                action()
            case .cancelling(let cancel, let interrupted):
                // Work runs with the terminal in its normal mode: leaving now is safe.
                if interrupted { exit(ExitStatus.interrupted.rawValue) }
                cancel()
                state = .cancelling(cancel, interrupted: true)
            }
        }
    }

    /// Runs `work` so that Ctrl-C cancels it (the command in progress stops, the status
    /// becomes 130) and a second Ctrl-C ends the process at once.
    public static func run(_ work: @escaping @Sendable () async -> ExitStatus) async -> ExitStatus {
        let interrupts = InterruptSignal()
        interrupts.start()
        let task = Task { await work() }
        interrupts.cancel(task)
        let status = await task.value
        interrupts.stop()
        return task.isCancelled ? .interrupted : status
    }
}
