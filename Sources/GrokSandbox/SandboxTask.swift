import Foundation

/// A created task. Its status is not stored: it follows from the time elapsed since creation,
/// or, paced by queries, from the number of queries answered so far.
struct SandboxTask: Sendable {
    static let failureMessage = "PROVIDER_MODERATION_ERROR: TRADEMARK"

    let id: String
    let request: CreateRequest
    let createdAt: Date
    let startedAt: ContinuousClock.Instant
    /// From creation to the terminal status: the configured pace, five times it for `[slow]`.
    let pace: TaskPace

    init(id: String, request: CreateRequest, pace: TaskPace, createdAt: Date, startedAt: ContinuousClock.Instant) {
        self.id = id
        self.request = request
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.pace = request.prompt.contains(PromptMarker.slow.rawValue) ? pace.slowed : pace
    }

    var endsInFailure: Bool { request.prompt.contains(PromptMarker.fail.rawValue) }

    /// A task paced by queries has no set end: it reports its creation time.
    var completedAt: Date {
        guard case .clock(let lifetime) = pace else { return createdAt }
        return createdAt.addingTimeInterval(Double(lifetime.components.seconds) + Double(lifetime.components.attoseconds) / 1e18)
    }

    /// `queries`: how many queries of this task have been answered, the current one included.
    func phase(at now: ContinuousClock.Instant, queries: Int) -> SandboxTaskPhase {
        switch pace {
        case .clock(let lifetime):
            let elapsed = now - startedAt
            guard elapsed < lifetime else { return terminalPhase }
            let queuedFor = lifetime * 0.15
            guard elapsed >= queuedFor else { return .queued }
            return .processing(progress: 99 * ((elapsed - queuedFor) / (lifetime - queuedFor)))
        case .queries(let steps):
            guard queries < steps else { return terminalPhase }
            guard queries > 1 else { return .queued }
            return .processing(progress: 100 * Double(queries - 1) / Double(steps - 1))
        }
    }

    private var terminalPhase: SandboxTaskPhase { endsInFailure ? .failed : .completed }

    func snapshot(at now: ContinuousClock.Instant, queries: Int) -> SandboxTaskSnapshot {
        SandboxTaskSnapshot(
            id: id,
            prompt: request.prompt,
            model: request.model,
            imageURL: request.imageURL,
            duration: request.duration,
            ratio: request.ratio,
            status: phase(at: now, queries: queries).status,
            createdAt: createdAt
        )
    }
}

enum SandboxTaskPhase: Equatable {
    case queued
    /// `progress` runs from 0 up to (never reaching) 99.
    case processing(progress: Double)
    case completed
    case failed

    var status: SandboxTaskStatus {
        switch self {
        case .queued: .queued
        case .processing: .processing
        case .completed: .completed
        case .failed: .failed
        }
    }
}
