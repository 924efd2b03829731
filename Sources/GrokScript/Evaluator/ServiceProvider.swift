import Foundation
import GrokCore

/// Makes the `VideoService` for the session's current options, and owns what it made.
public protocol ServiceProvider: Sendable {
    func service(for options: SessionOptions) async throws(GrokError) -> any VideoService
    /// Whether a service made here has sent a request that may have reached the API: exit
    /// status 2 promises that none has.
    func hasSent() async -> Bool
    func shutdown() async
    /// `--dry-run`: the services print what they would send.
    var isDryRun: Bool { get }
    /// The body of the API's last answer, redacted, for `show response`.
    func lastResponse() async -> String?
}

extension ServiceProvider {
    public var isDryRun: Bool { false }
    public func lastResponse() async -> String? { nil }
}

/// `--dry-run`: the same placeholder service whatever the options.
public struct DryRunServiceProvider: ServiceProvider {
    let reporter: any Reporter
    private let counter = TaskCounter()

    public init(reporter: any Reporter) {
        self.reporter = reporter
    }

    public func service(for options: SessionOptions) throws(GrokError) -> any VideoService {
        DryRunVideoService(baseURL: options.baseURL, reporter: reporter, counter: counter)
    }

    public func hasSent() async -> Bool { false }

    public func shutdown() async {}

    public var isDryRun: Bool { true }
}
