import Synchronization
import Foundation
import Testing
@testable import GrokCore

@Suite struct ConnectionFailureTests {
    /// A loopback port that refuses connections: bound but not listening, and held (so no
    /// other test's server can take it) until the returned descriptor is closed.
    static func closedPort() throws -> (port: Int, descriptor: Int32) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        return (Int(UInt16(bigEndian: address.sin_port)), fd)
    }

    /// Issue 18, case 10: a refused connection is tried once more, at once, and then reported,
    /// however many retries are allowed; the pool does not try again until its connect timeout.
    @Test func createAgainstAClosedPortIsRetriedOnceAndNeverReportedAsMaybeCreated() async throws {
        let (port, held) = try Self.closedPort()
        defer { close(held) }
        let attempts = Mutex(0)
        let configuration = ClientConfiguration(
            baseURL: URL(string: "http://127.0.0.1:\(port)")!, apiKey: APIKey("fake-key-closed-port"),
            retry: RetryPolicy(maxRetries: 4, baseDelay: .milliseconds(5)), connectTimeout: .seconds(30),
            trace: { event in if case .request = event.kind { attempts.withLock { $0 += 1 } } })
        let request = CreateRequest(model: VideoOptions.canonicalModel, prompt: "p", imageURL: "https://x.test/i.png",
                                    duration: 10, ratio: nil, orientation: nil)
        let outcome = try await GrokClient.withClient(configuration) { client -> GrokError? in
            do {
                _ = try await client.create(request)
                return nil
            } catch {
                return error as? GrokError
            }
        }
        let error = try #require(outcome)
        #expect(error.isTransient, "a connection failure, not \(error)")
        if case .createOutcomeUnknown = error { Issue.record("a refused connection cannot have created a task") }
        #expect(error == .network(.system(errno: ECONNREFUSED)) || error.isUnreachable, "\(error)")
        #expect(attempts.withLock { $0 } == 1 + RetryPolicy.unreachableRetries)
    }

    @Test func aQueryAgainstAClosedPortIsTriedTwiceAndSaysConnectionRefused() async throws {
        let (port, held) = try Self.closedPort()
        defer { close(held) }
        let trace = TraceRecorder()
        let configuration = ClientConfiguration(
            baseURL: URL(string: "http://127.0.0.1:\(port)")!, apiKey: APIKey("fake-key-closed-port"),
            retry: RetryPolicy(maxRetries: 4, baseDelay: .milliseconds(5)), connectTimeout: .seconds(30), trace: trace.record)
        let error = try await GrokClient.withClient(configuration) { client in
            await expectGrokError { _ = try await client.query(taskID: "sbx-task-000001") }
        }
        #expect(error?.description == "network error: connection refused", "\(String(describing: error))")
        #expect(error?.exitStatus == .runtimeError)
        let lines = trace.text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("> #") }.count == 2, "\(trace.text)")
        #expect(lines.filter { $0.hasPrefix("! #") && $0.contains("connection refused") }.count == 2, "\(trace.text)")
    }

    @Test func onlyAServerThatIsNotThereIsRetriedLess() {
        let policy = RetryPolicy(maxRetries: 4)
        #expect(policy.retries(after: .network(.system(errno: ECONNREFUSED))) == 1)
        #expect(policy.retries(after: .network(.cannotConnect(host: "h", port: 1, cause: .system(errno: ECONNREFUSED)))) == 1)
        #expect(policy.retries(after: .network(.cannotConnect(host: "no-such.invalid", port: 443, cause: nil))) == 1, "no address")
        #expect(policy.retries(after: .timeout(.connecting)) == 4)
        #expect(policy.retries(after: .network(.system(errno: ECONNRESET))) == 4)
        #expect(policy.retries(after: .network(.cannotConnect(host: "h", port: 1, cause: .system(errno: ENETUNREACH)))) == 4)
        #expect(RetryPolicy(maxRetries: 0).retries(after: .network(.system(errno: ECONNREFUSED))) == 0)
        var attempts = DownloadAttempts(retries: 4)
        let first = attempts.failed(.unreachable, bytes: 0)
        let second = attempts.failed(.unreachable, bytes: 0)
        #expect(first && !second, "a download gives up after one retry too")
    }

    @Test func missingKeyIsAConfigurationError() async throws {
        let configuration = ClientConfiguration(baseURL: URL(string: "http://127.0.0.1:9")!)
        _ = try await GrokClient.withClient(configuration) { client in
            await #expect(throws: GrokError.missingKey) { _ = try await client.userBalance() }
        }
    }
}
