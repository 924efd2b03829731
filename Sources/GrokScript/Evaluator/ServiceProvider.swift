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
    /// Whether the user answered `s` at a step pause since last asked: step mode is then
    /// off for the rest of the session, until `set step on`.
    func stepsSkipped() async -> Bool
    /// Writes the HTML report of the tasks this session's services created or touched to
    /// `path`; how many it shows. Nil where nothing is written (a dry run, the rehearsal).
    func writeReport(html path: String, for options: SessionOptions) async throws(ReportFailure) -> Int?
}

/// Why a report was not written.
public struct ReportFailure: Error, Sendable {
    public let reason: String

    public init(reason: String) {
        self.reason = reason
    }
}

extension ServiceProvider {
    public func writeReport(html path: String, for options: SessionOptions) async throws(ReportFailure) -> Int? { nil }
    public func wire() async -> WireLog? { nil }
    public func journal(for options: SessionOptions) async -> JournalView? { nil }
    public func stepsSkipped() async -> Bool { false }
}
