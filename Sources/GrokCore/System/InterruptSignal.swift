import Dispatch
import Foundation
import Synchronization

/// Ctrl-C (SIGINT), and SIGTERM and SIGHUP the same way, delivered on a queue instead of
/// ending the process while started. What a signal does depends on the moment: nothing, a
/// call (the REPL abandons the line being edited), or cancelling the work that runs; a
/// second signal before that work has stopped ends the process at once. SIGTERM and SIGHUP
/// also mean "leave": `termination` says which arrived, and the process exits with
/// 128 + its number (143, 129) once the work has stopped and the terminal is restored.
public final class InterruptSignal: Sendable {
    private enum State {
        case ignoring
        case calling(@Sendable () -> Void)
        case cancelling(@Sendable () -> Void, interrupted: Bool)
    }

    /// The signals handled, in the order their sources are made.
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private let state = Mutex(State.ignoring)
    private let terminating = Mutex<Int32?>(nil)
    private let pipe = SignalPipe()
    private nonisolated(unsafe) var source: (any DispatchSourceRead)?

    public init() {}

    /// A real handler catches each signal in whichever thread it lands and writes its
    /// number to a pipe; a read source hands it on here. (Ignoring the signal and waiting
    /// on a dispatch signal source loses a signal that lands in a thread that does not
    /// block it.)
    public func start() {
        guard let pipe else { return }
        let source = DispatchSource.makeReadSource(fileDescriptor: pipe.read, queue: .global())
        source.setEventHandler { [weak self] in
            for number in pipe.drain() { self?.interrupt(by: number) }
        }
        source.resume()
        self.source = source
        pipe.install(for: Self.handled)
    }

    public func stop() {
        for number in Self.handled { signal(number, SIG_DFL) }
        source?.cancel()
        source = nil
    }

    /// The exit status a SIGTERM (143) or SIGHUP (129) that arrived asks for; `nil` when
    /// none did (Ctrl-C alone does not end the REPL).
    public var termination: ExitStatus? {
        terminating.withLock { $0 }.map { ExitStatus(rawValue: 128 + $0) }
    }

    public func ignore() { state.withLock { $0 = .ignoring } }

    /// At the prompt: `action` runs on a signal (at once if SIGTERM or SIGHUP came already).
    public func call(_ action: @escaping @Sendable () -> Void) {
        state.withLock { $0 = .calling(action) }
        if termination != nil { action() }
    }

    public func cancel<Success>(_ task: Task<Success, Never>) {
        state.withLock { $0 = .cancelling({ task.cancel() }, interrupted: false) }
        if termination != nil { task.cancel() }
    }

    private func interrupt(by number: Int32) {
        if number != SIGINT { terminating.withLock { $0 = $0 ?? number } }
        state.withLock { state in
            switch state {
            case .ignoring:
                break
            case .calling(let action):
                action()
            case .cancelling(let cancel, let interrupted):
                // Work runs with the terminal in its normal mode: leaving now is safe. `_exit`,
                // not `exit`: the work still runs on other threads, and nothing is left to flush
                // (output is written unbuffered); `exit` would run the process's exit handlers
                // under it, LeakSanitizer's among them, which reports what the work still holds.
                if interrupted { _exit(termination?.rawValue ?? ExitStatus.interrupted.rawValue) }
                cancel()
                state = .cancelling(cancel, interrupted: true)
            }
        }
    }

    /// Runs `work` so that a signal cancels it (the command in progress stops, the status
    /// becomes 130, or 143 / 129 for SIGTERM / SIGHUP) and a second one ends the process at once.
    public static func run(_ work: @escaping @Sendable () async -> ExitStatus) async -> ExitStatus {
        let interrupts = InterruptSignal()
        interrupts.start()
        let task = Task { await work() }
        interrupts.cancel(task)
        let status = await task.value
        interrupts.stop()
        if let termination = interrupts.termination { return termination }
        return task.isCancelled ? .interrupted : status
    }
}
