import Foundation
import GrokCore

/// Makes the `VideoService` for the session's current options, and owns what it made.
public protocol ServiceProvider: Sendable {
    func service(for options: SessionOptions) async throws(GrokError) -> any VideoService
    /// Whether a service made here has sent a request that may have reached the API: exit
    /// status 2 promises that none has.
    func hasSent() async -> Bool
    func shutdown() async
    /// The session's HTTP exchanges (`show response`, `show exchange`, HAR, `record`);
    /// `nil` for a run that sends nothing.
    func wire() async -> WireLog?
    /// The journal the services for `options` read, for the rehearsal to read as they will.
    func journal(for options: SessionOptions) async -> JournalView?
}

extension ServiceProvider {
    public func wire() async -> WireLog? { nil }
    public func journal(for options: SessionOptions) async -> JournalView? { nil }
}
