import Dispatch
import Foundation
import GrokCore
import Synchronization

/// Ctrl-C in the REPL: at the prompt it abandons the line; while an entry runs it cancels
/// that entry only (a `wait` stops waiting, the task keeps running); a second Ctrl-C
/// before the entry has stopped leaves grok with status 130.
final class InterruptHandler: Sendable {
    private enum State {
        case idle
        case editing
        case running(Task<ExitStatus, Never>, interrupted: Bool)
    }

    private let state = Mutex(State.idle)
    private let waker: Waker
    private nonisolated(unsafe) let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())

    init(waker: Waker) {
        self.waker = waker
    }

    func start() {
        signal(SIGINT, SIG_IGN)
        source.setEventHandler { [weak self] in self?.interrupt() }
        source.resume()
    }

    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }

    func editing() { state.withLock { $0 = .editing } }
    func idle() { state.withLock { $0 = .idle } }
    func running(_ task: Task<ExitStatus, Never>) { state.withLock { $0 = .running(task, interrupted: false) } }

    private func interrupt() {
        state.withLock { state in
            switch state {
            case .idle:
                break
            case .editing:
                waker.interrupt()
            case .running(let task, let interrupted):
                // The terminal is in its normal mode while an entry runs: leaving now is safe.
                if interrupted { exit(ExitStatus.interrupted.rawValue) }
                task.cancel()
                state = .running(task, interrupted: true)
            }
        }
    }
}
