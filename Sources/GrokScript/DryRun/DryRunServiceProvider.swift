import Foundation
import GrokCore

/// `--dry-run`: the same placeholder service whatever the options.
public struct DryRunServiceProvider: ServiceProvider {
    let reporter: any Reporter
    private let counter = TaskCounter()

    public init(reporter: any Reporter) {
        self.reporter = reporter
    }

    public func service(for options: SessionOptions) throws(GrokError) -> any VideoService {
        DryRunVideoService(baseURL: options.baseURL, paid: options.paid, reporter: reporter, counter: counter)
    }

    public func hasSent() async -> Bool { false }

    public func shutdown() async {}
}
