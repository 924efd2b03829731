import Foundation
import Hummingbird

extension SandboxHandlers {
    func create(_ exchange: SandboxExchange) async -> Response {
        let request: CreateRequest
        do {
            request = try CreateRequest(validating: exchange.body)
        } catch {
            return envelope.failure(.badRequest, error.message, status: .badRequest)
        }
        let task = await state.createTask(request, idSuffix: textSuffix)
        return envelope.success(.object([
            "task_id": .string(task.id),
            "status": .string(SandboxTaskStatus.queued.rawValue),
            "model": .string(request.model),
            "created_at": .integer(Int(task.createdAt.timeIntervalSince1970)),
        ]))
    }

    func query(taskID: String, _ exchange: SandboxExchange) async -> Response {
        guard let (task, phase) = await state.query(id: taskID) else {
            return envelope.failure(.badRequest, "task not found: \(taskID)", status: .notFound)
        }
        var fields = await taskFields(task, phase: phase, origin: exchange.origin)
        if case .object(var object) = fields {
            if let (status, progress) = statusOverride {
                object["status"] = .string(status)
                object["progress"] = .integer(progress)
            }
            if case .string(let status) = object["status"], !textSuffix.isEmpty { object["status"] = .string(status + textSuffix) }
            fields = .object(object)
        }
        return envelope.variant.flatQuery ? .json(fields) : envelope.success(fields)
    }

    private func taskFields(_ task: SandboxTask, phase: SandboxTaskPhase, origin: String) async -> JSONValue {
        let variant = envelope.variant
        var fields: [String: JSONValue] = [
            "task_id": .string(task.id),
            "model": .string(task.request.model),
            "created_at": .integer(Int(task.createdAt.timeIntervalSince1970)),
        ]
        switch phase {
        case .queued:
            fields["status"] = .string("queued")
        case .processing(let progress):
            fields["status"] = .string("processing")
            fields["progress"] = progressValue(progress, variant: variant)
        case .completed:
            fields["status"] = .string(variant.successStatus ? "success" : "completed")
            fields["progress"] = progressValue(100, variant: variant)
            fields["completed_at"] = .integer(Int(task.completedAt.timeIntervalSince1970))
            fields["result"] = .object(["video_url": .string(await videoURL(task, origin: origin))])
        case .failed:
            fields["status"] = .string("failed")
            fields["completed_at"] = .integer(Int(task.completedAt.timeIntervalSince1970))
            fields["error_message"] = .string(SandboxTask.failureMessage)
        }
        return .object(fields)
    }

    /// Whole percent by default; with `floatProgress` a half-percent step, so the value is never a whole number before 100.
    private func progressValue(_ progress: Double, variant: ResponseVariant) -> JSONValue {
        let whole = Int(progress)
        let fractional = whole < 100 ? Double(whole) + 0.5 : 100
        switch (variant.floatProgress, variant.stringProgress) {
        case (false, false): return .integer(whole)
        case (true, false): return .number(fractional)
        case (false, true): return .string("\(whole)%")
        case (true, true): return .string("\(fractional)%")
        }
    }

    private func videoURL(_ task: SandboxTask, origin: String) async -> String {
        let id = task.id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? task.id
        let path = "/files/videos/\(id).mp4"
        if envelope.variant.relativeVideoURL {
            return path
        }
        let base = await state.videoBaseURL.map(\.absoluteString) ?? origin
        return base.trimmingSuffix("/") + path
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var result = self[...]
        while result.hasSuffix(suffix) { result = result.dropLast(suffix.count) }
        return String(result)
    }
}
