import Hummingbird

extension SandboxState {
    /// The fault a marker in the prompt behind this request asks for, if any, and the marker.
    /// Once-only markers are remembered per task, so `[500]` faults the task's first query
    /// and not the next. A request that asks for nothing a task's prompt covers gets nil.
    func markerFault(for exchange: SandboxExchange) -> (fault: SandboxFault, marker: PromptMarker)? {
        switch exchange.route {
        case .create:
            return createFault(body: exchange.body)
        case .query(let taskID):
            guard let task = task(id: taskID) else { return nil }
            let markers = PromptMarker.all(in: task.request.prompt)
            if markers.contains(.serverError), firstUse(of: .serverError, by: taskID) { return (.httpStatus(500), .serverError) }
            if markers.contains(.busy), firstUse(of: .busy, by: taskID) { return (.serverBusy, .busy) }
            return nil
        case .video(let taskID):
            guard let (task, phase) = taskPhase(id: taskID) else { return nil }
            let markers = PromptMarker.all(in: task.request.prompt)
            if markers.contains(.html) { return (.htmlBody, .html) }
            // Only a GET of a finished video has a body to break off.
            if markers.contains(.drop), exchange.method == .get, phase == .completed, firstUse(of: .drop, by: taskID) {
                return (.dropConnection, .drop)
            }
            return nil
        case .upload, .userBalance, .keyBalance, .uploadedFile, .unknown:
            return nil
        }
    }

    /// `[429]`: a body seen for the first time is refused, the same body again is taken (and
    /// forgotten, so the next submit of it is refused once more). `[lost]`: every create.
    private func createFault(body: [UInt8]) -> (fault: SandboxFault, marker: PromptMarker)? {
        guard let request = try? CreateRequest(validating: body) else { return nil }
        let markers = PromptMarker.all(in: request.prompt)
        if markers.contains(.rateLimited), rateLimitedCreates.remove(body) == nil {
            rateLimitedCreates.insert(body)
            return (.rateLimited(retryAfter: PromptMarker.retryAfterSeconds), .rateLimited)
        }
        if markers.contains(.lost) { return (.dropConnection, .lost) }
        return nil
    }

    /// True the first time `marker` is applied for `taskID`.
    private func firstUse(of marker: PromptMarker, by taskID: String) -> Bool {
        usedMarkers.insert(taskID + " " + marker.rawValue).inserted
    }
}
