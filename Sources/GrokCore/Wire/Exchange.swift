import Foundation

/// One HTTP exchange of the session, numbered as the trace numbers it (`#N`): the request
/// and its answer, or the failure that ended it. Already redacted.
public struct Exchange: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case response(status: Int, WireDetail)
        case failure(message: String)
    }

    public let number: Int
    public let method: String
    public let url: String
    public let request: WireDetail
    public let outcome: Outcome
    public let elapsed: Duration
    /// The events the trace printed, for showing the exchange as the trace does.
    public let requestEvent: TraceEvent
    public let endEvent: TraceEvent

    /// A request event and the event that ended it; `nil` when they do not pair up.
    init?(request: TraceEvent, end: TraceEvent) {
        guard case .request(let method, let url, _, _) = request.kind, let detail = request.detail else { return nil }
        switch end.kind {
        case .request: return nil
        case .response(let status, _, _, let elapsed):
            guard let answer = end.detail else { return nil }
            (outcome, self.elapsed) = (.response(status: status, answer), elapsed)
        case .failure(let message, let elapsed):
            (outcome, self.elapsed) = (.failure(message: message), elapsed)
        }
        (number, self.method, self.url, self.request) = (request.exchange, method, url, detail)
        (requestEvent, endEvent) = (request, end)
    }

    /// ISO 8601 with milliseconds, in UTC: HAR's `startedDateTime` and the JSON events' `started`.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    public var milliseconds: Int { TraceEvent.milliseconds(elapsed) }

    public var status: Int? {
        if case .response(let status, _) = outcome { return status }
        return nil
    }

    public var response: WireDetail? {
        if case .response(_, let detail) = outcome { return detail }
        return nil
    }

    public var failure: String? {
        if case .failure(let message) = outcome { return message }
        return nil
    }
}
