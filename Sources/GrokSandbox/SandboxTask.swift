import Foundation

/// A created task. Its status is not stored: it follows from the time elapsed since creation.
struct SandboxTask: Sendable {
    static let failureMessage = "PROVIDER_MODERATION_ERROR: TRADEMARK"

    let id: String
    let request: CreateRequest
    let createdAt: Date
    let startedAt: ContinuousClock.Instant
    /// From creation to the terminal status: the configured task duration, five times it for `[slow]`.
    let lifetime: Duration

    init(id: String, request: CreateRequest, taskDuration: Duration, createdAt: Date, startedAt: ContinuousClock.Instant) {
        self.id = id
        self.request = request
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.lifetime = request.prompt.contains("[slow]") ? taskDuration * 5 : taskDuration
    }

    var endsInFailure: Bool { request.prompt.contains("[fail]") }

    var completedAt: Date {
        createdAt.addingTimeInterval(Double(lifetime.components.seconds) + Double(lifetime.components.attoseconds) / 1e18)
    }

    func phase(at now: ContinuousClock.Instant) -> SandboxTaskPhase {
        let elapsed = now - startedAt
        guard elapsed < lifetime else { return endsInFailure ? .failed : .completed }
        let queuedFor = lifetime * 0.15
        guard elapsed >= queuedFor else { return .queued }
        return .processing(progress: 99 * ((elapsed - queuedFor) / (lifetime - queuedFor)))
    }

    func snapshot(at now: ContinuousClock.Instant) -> SandboxTaskSnapshot {
        SandboxTaskSnapshot(
            id: id,
            prompt: request.prompt,
            model: request.model,
            imageURL: request.imageURL,
            duration: request.duration,
            ratio: request.ratio,
            status: phase(at: now).status,
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
