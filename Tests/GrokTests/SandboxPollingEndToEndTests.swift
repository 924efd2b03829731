import Foundation
import Testing
import TestSupport

/// grok against a `grok-sandbox` started on its own, as in class: it knows the server is a
/// sandbox from its answers (`X-Grok-Sandbox`) and polls as promptly as under `--sandbox`,
/// not every 5 s. The count comes from the sandbox's own request log.
@Suite struct SandboxPollingEndToEndTests {
    /// A task that will not finish, waited on for 3 s: the wait polls once more at its end.
    /// At 5 s a poll, that is one query; from 1 s, two or more.
    static let script = "image https://example.com/c.png; prompt 'a cat'; submit as cat; wait cat timeout 3s"

    static func queriesSent(sandboxArguments: [String]) async throws -> (queries: Int, grok: GrokProcess.Result) {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let (out, log) = (scratch.path("sandbox.out"), scratch.path("sandbox.log"))
        let pid = try ChildProcess.spawn(
            try BuiltProduct.path("grok-sandbox").path, arguments: ["--port", "0", "--task-seconds", "3600"] + sandboxArguments,
            environment: ProcessInfo.processInfo.environment, directory: nil,
            stdin: .file("/dev/null"), stdout: .file(out), stderr: .file(log))
        var stopped = false
        defer { if !stopped { kill(pid, SIGKILL) } }
        let listening = try await SignalTests.until(limit: .seconds(120)) {
            ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").contains("\n")
        }
        try #require(listening, "grok-sandbox printed its URL")
        let base = try #require(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").first.map(String.init))
        let grok = try await GrokProcess.run(
            ["--base-url", base, "--state-dir", scratch.path("state"), "-e", script],
            environment: ["JIMMYAI_API_KEY": "fake-class-key-e2e"], directory: scratch.url)
        kill(pid, SIGTERM)
        _ = await ChildProcess.wait(pid)
        stopped = true
        // One line per request, written before its answer left: all of grok's are there.
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        return (lines.filter { $0.hasPrefix("GET /api/open-api/v1/videos/") }.count, grok)
    }

    @Test func aSandboxIsPolledFromTheFirstSecond() async throws {
        let (queries, grok) = try await Self.queriesSent(sandboxArguments: [])
        #expect(grok.status == 4, "the wait timed out: \(grok.stderr)")
        #expect(queries >= 2, "\(queries) queries in 3 s")
    }

    @Test func withoutTheHeaderItIsPolledAsTheRealAPI() async throws {
        let (queries, grok) = try await Self.queriesSent(sandboxArguments: ["--no-sandbox-header"])
        #expect(grok.status == 4, "the wait timed out: \(grok.stderr)")
        #expect(queries == 1, "\(queries) queries in 3 s")
    }
}
