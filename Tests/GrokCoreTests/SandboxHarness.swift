import Foundation
import GrokSandbox
import Synchronization
import Testing
@testable import GrokCore

/// A sandbox on an ephemeral loopback port and a client pointed at it, with fast retries,
/// both shut down on every path.
struct SandboxHarness {
    static let fakeKey = "fake-sandbox-key-0123456789"

    let sandbox: Sandbox
    let client: GrokClient
    /// The server the journal names for this client's records.
    var origin: ServerOrigin { ServerOrigin(baseURL: client.configuration.baseURL) }
    let trace: TraceRecorder

    static func run<Result: Sendable>(
        _ sandboxConfiguration: SandboxConfiguration = .init(taskPace: .queries(3)),
        key: String = fakeKey, retries: Int = 4, requestsPerSecond: Double = 1000,
        _ body: (SandboxHarness) async throws -> Result
    ) async throws -> Result {
        let sandbox = try await Sandbox.start(sandboxConfiguration)
        let trace = TraceRecorder()
        let configuration = ClientConfiguration(
            baseURL: sandbox.baseURL, apiKey: APIKey(key),
            retry: RetryPolicy(maxRetries: retries, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50)),
            requestsPerSecond: requestsPerSecond, connectTimeout: .seconds(2), trace: trace.record)
        do {
            let client = try GrokClient(configuration: configuration)
            let harness = SandboxHarness(sandbox: sandbox, client: client, trace: trace)
            do {
                let result = try await body(harness)
                await client.shutdown()
                await sandbox.stop()
                return result
            } catch {
                await client.shutdown()
                throw error
            }
        } catch {
            await sandbox.stop()
            throw error
        }
    }

    var fastWaiter: Waiter {
        Waiter(client: client,
               schedule: PollSchedule(initialInterval: .milliseconds(50), maximumInterval: .milliseconds(150)),
               timeout: .seconds(60))
    }

    static let request = CreateRequest(model: VideoOptions.canonicalModel, prompt: "a cat surfing",
                                       imageURL: "https://example.com/cat.png", duration: 10, ratio: "9:16", orientation: nil)

    func log(_ endpoint: SandboxEndpoint) async -> [LoggedRequest] {
        await sandbox.requestLog().filter { $0.endpoint == endpoint }
    }

    /// How many queries of `taskID` the sandbox has answered.
    func queries(of taskID: String) async -> Int {
        await log(.query).filter { $0.path.hasSuffix("/" + taskID) }.count
    }

    /// Looks at `condition` (a state, not a time) until it holds or `limit` passes, and
    /// once more after the limit, in case this task was starved past it.
    func until(limit: Duration = .seconds(120), _ condition: () async -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while true {
            if await condition() { return true }
            guard ContinuousClock.now < deadline else { return await condition() }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}

/// Collects trace lines so tests can search them.
final class TraceRecorder: Sendable {
    private let lines = Mutex<[String]>([])

    var record: TraceSink { { event in self.lines.withLock { $0 += event.lines } } }
    var text: String { lines.withLock { $0.joined(separator: "\n") } }
}

/// Runs `body` and returns the GrokError it threw, or records an issue when it did not throw one.
func expectGrokError(_ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async -> GrokError? {
    do {
        try await body()
        Issue.record("expected an error", sourceLocation: sourceLocation)
        return nil
    } catch let error as GrokError {
        return error
    } catch {
        Issue.record("expected a GrokError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
