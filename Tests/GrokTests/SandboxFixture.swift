import Foundation
import TestSupport
import GrokSandbox

/// A sandbox in the test process that a `grok` process talks to, so tests can read its
/// request log. Always stopped. Its tasks advance one step per query (queued, processing
/// 50 %, completed), so no test waits on the clock.
enum SandboxFixture {
    static let fakeKey = "fake-e2e-key-not-a-secret"

    static func with<Result>(
        _ configuration: SandboxConfiguration = .init(taskPace: .queries(3)),
        _ body: (Sandbox, TemporaryDirectory) async throws -> Result
    ) async throws -> Result {
        let sandbox = try await Sandbox.start(configuration)
        let scratch: TemporaryDirectory
        do { scratch = try TemporaryDirectory() } catch {
            await sandbox.stop()
            throw error
        }
        do {
            let result = try await body(sandbox, scratch)
            await sandbox.stop()
            scratch.remove()
            return result
        } catch {
            await sandbox.stop()
            scratch.remove()
            throw error
        }
    }

    /// `grok` pointed at the sandbox, with a private state directory.
    static func grok(
        _ sandbox: Sandbox, _ scratch: TemporaryDirectory, _ arguments: [String], stdin: String? = nil, key: String = fakeKey,
        environment: [String: String] = [:]
    ) async throws -> GrokProcess.Result {
        try await GrokProcess.run(
            ["--base-url", sandbox.baseURL.absoluteString, "--state-dir", scratch.path("state")] + arguments,
            stdin: stdin, environment: ["JIMMYAI_API_KEY": key].merging(environment) { $1 }, directory: scratch.url)
    }
}
