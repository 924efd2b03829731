import Foundation
import Testing
import TestSupport

/// Issue 18, case 10: a server that is not there (a closed port) is reported after one quick
/// retry, not after every retry's connect timeout. Attempts are counted in the trace.
@Suite struct RefusedConnectionTests {
    /// A loopback port nothing listens on: bound (so no other test takes it) but not listening,
    /// until `body` returns.
    static func withClosedPort<Result>(_ body: (Int) async throws -> Result) async throws -> Result {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return try await body(Int(UInt16(bigEndian: address.sin_port)))
    }

    /// `grok --trace -e 'status …'` against the closed port: the result and the attempts traced.
    static func status() async throws -> (GrokProcess.Result, attempts: Int, refusals: Int) {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let result = try await withClosedPort { port in
            try await GrokProcess.run(
                ["--base-url", "http://127.0.0.1:\(port)", "--state-dir", scratch.path("state"), "--trace", "-e", "status sbx-task-000001"],
                environment: ["JIMMYAI_API_KEY": "fake-e2e-key-not-a-secret"], directory: scratch.url)
        }
        let lines = result.stderr.split(separator: "\n")
        return (result, lines.filter { $0.hasPrefix("> #") }.count,
                lines.filter { $0.hasPrefix("! #") && $0.contains("connection refused") }.count)
    }

    @Test func statusAgainstAClosedPortTriesTwiceAndSaysConnectionRefused() async throws {
        let (result, attempts, refusals) = try await Self.status()
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("error: network error: connection refused"), "\(result.stderr)")
        #expect(result.stderr.contains("= hint: check the base URL"), "\(result.stderr)")
        #expect(attempts == 2, "one attempt and one quick retry, whatever `retries` says: \(result.stderr)")
        #expect(refusals == 2, "\(result.stderr)")
    }
}
