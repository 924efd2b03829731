import GrokCore
import Synchronization

/// Step mode (`--step`, `set step on`): before each request (every retry and every poll
/// too) the request is shown as the trace shows it and waits for the user's answer (Enter,
/// `s` or `q`, `StepPrompt`). One pause at a time: the polls of a wait on several tasks
/// take turns. `s` sends the rest without pausing and turns step mode off in the session
/// (`stepsSkipped`); `q` sends nothing more: the request fails as interrupted, never sent,
/// so the command stops as Ctrl-C stops it, and a create held back is no task.
public final class StepMode: Sendable {
    private struct State {
        var on = false
        /// `s` was answered: no more pauses until step mode is turned on again.
        var skipping = false
        /// `s` was answered and the session has not been told yet.
        var skipUnreported = false
        /// `q` was answered: every request of the command is held back.
        var stopped = false
        var pausing = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())
    private let reporter: any Reporter

    public init(reporter: any Reporter) {
        self.reporter = reporter
    }

    /// The session's `step` for the command about to run (its service is being asked for).
    /// Turned on, it pauses again after an earlier `s`; a `q` holds back nothing more once
    /// its command has stopped.
    public func follow(_ on: Bool) {
        state.withLock { state in
            if on, !state.on { state.skipping = false }
            state.on = on
            state.stopped = false
        }
    }

    /// Whether `s` was answered since last asked.
    public func takeSkip() -> Bool {
        state.withLock { state in
            defer { state.skipUnreported = false }
            return state.skipUnreported
        }
    }

    /// The gate the clients of the session ask before each request.
    public var gate: RequestGate {
        { [self] event in await self.pause(before: event) }
    }

    private func pause(before event: TraceEvent) async -> RequestGateAnswer {
        if let decided = decidedWithoutAsking { return decided }
        await takeTurn()
        defer { passTurn() }
        // Decided while this one waited for its turn: an `s` or `q` to the pause before.
        if let decided = decidedWithoutAsking { return decided }
        guard !Task.isCancelled else { return .stop }
        reporter.emit(.stepPaused(event))
        let answer = await StepPrompt.ask()
        reporter.emit(.stepResumed)
        switch answer {
        case .send:
            return .send
        case .skip:
            state.withLock { state in
                state.skipping = true
                state.skipUnreported = true
            }
            return .send
        case .stop:
            state.withLock { $0.stopped = true }
            reporter.emit(.warning("stopped: request #\(event.exchange) was not sent"))
            return .stop
        }
    }

    private var decidedWithoutAsking: RequestGateAnswer? {
        state.withLock { state in
            if state.stopped { return .stop }
            return state.on && !state.skipping ? nil : .send
        }
    }

    private func takeTurn() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = state.withLock { state in
                if state.pausing {
                    state.waiting.append(continuation)
                    return false
                }
                state.pausing = true
                return true
            }
            if now { continuation.resume() }
        }
    }

    private func passTurn() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiting.isEmpty else {
                state.pausing = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
