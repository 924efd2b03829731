import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import GrokSandbox
#if canImport(Glibc)
import Glibc
#endif

/// The hooks tests synchronise on instead of a clock (answers held back, whole or half way
/// through a body), and the video's validators: `ETag`, `Last-Modified` and `If-Range`.
@Suite struct HeldAndValidatorTests {
    @Test func aHeldCreateMakesItsTaskAndAnswersOnlyWhenReleased() async throws {
        try await withSandbox(.init(taskDuration: .zero)) { sandbox, _ in
            await sandbox.inject([.held], on: .create)
            let body = Array(API.createBody().readableBytesView)
            let head = "POST \(API.create) HTTP/1.1\r\nHost: 127.0.0.1:\(sandbox.port)\r\nAuthorization: Bearer \(API.key)\r\n"
                + "Content-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
            let creating = Task { try await RawHTTPExchange.perform(head, body: body, port: sandbox.port) }
            let held = try await Self.until { await sandbox.heldAnswers() == 1 }
            let made = await sandbox.tasks().map(\.id)
            await sandbox.releaseHeld()
            let answer = try await creating.value
            #expect(held)
            #expect(made == ["sbx-task-000001"], "the task exists while its answer is held")
            #expect(answer.statusLine == "HTTP/1.1 200 OK")
            #expect(String(decoding: answer.body, as: UTF8.self).contains("sbx-task-000001"))
            #expect(await sandbox.heldAnswers() == 0)
        }
    }

    @Test func heldHalfwaySendsHalfTheBodyThenTheRestWhenReleased() async throws {
        let size = 1_000_000
        try await withSandbox(.init(taskDuration: .zero, videoSize: size)) { sandbox, client in
            let id = try await sandbox.createTask(client)
            let whole = try await client.get(API.video(id)).bytes
            await sandbox.inject([.heldHalfway], on: .video)
            let connection = try RawConnection(port: sandbox.port)
            defer { connection.close() }
            try connection.send("GET \(API.video(id)) HTTP/1.1\r\nHost: 127.0.0.1:\(sandbox.port)\r\nConnection: close\r\n\r\n")
            let first = try await connection.receive { Self.body(of: $0).count >= size / 2 }
            let held = try await Self.until { await sandbox.heldAnswers() == 1 }
            #expect(held)
            #expect(connection.pending() == 0, "nothing past the half while held")
            #expect(Self.body(of: first) == Array(whole.prefix(size / 2)))
            #expect(await sandbox.requestLog().last?.fault == .heldHalfway)
            await sandbox.releaseHeld()
            let all = try await connection.receive(from: first) { _ in false }
            #expect(Self.body(of: all) == whole)
        }
    }

    @Test func lastModifiedIsTheTasksDateAndIfRangeTakesItOrTheETag() async throws {
        try await withSandbox(.init(taskDuration: .zero)) { sandbox, client in
            let id = try await sandbox.createTask(client)
            let whole = try await client.get(API.video(id))
            let lastModified = try #require(whole.headers[.lastModified])
            let etag = try #require(whole.headers[.eTag])
            let created = try #require(await sandbox.tasks().first?.createdAt)
            #expect(lastModified == SandboxHandlers.httpDate(created))
            #expect(SandboxHandlers.httpDate(Date(timeIntervalSince1970: 784_111_777)) == "Sun, 06 Nov 1994 08:49:37 GMT")

            for validator in [lastModified, etag] {
                let part = try await client.get(API.video(id), headers: [.range: "bytes=10-19", .ifRange: validator])
                #expect(part.status == .partialContent, "If-Range: \(validator)")
                #expect(part.bytes == Array(whole.bytes[10..<20]))
            }
            for other in ["Mon, 01 Jan 2001 00:00:00 GMT", "\"another-version\""] {
                let replaced = try await client.get(API.video(id), headers: [.range: "bytes=10-19", .ifRange: other])
                #expect(replaced.status == .ok, "If-Range: \(other)")
                #expect(replaced.bytes == whole.bytes)
            }
            #expect(await sandbox.requestLog().suffix(4).map(\.ifRange) == [lastModified, etag, "Mon, 01 Jan 2001 00:00:00 GMT", "\"another-version\""])
        }
    }

    @Test func ignoringIfRangeAnswersTheRangeOfAChangedVideo() async throws {
        try await withSandbox(.init(taskDuration: .zero)) { sandbox, client in
            let id = try await sandbox.createTask(client)
            await sandbox.inject([.ignoringIfRange], on: .video)
            let headers: HTTPFields = [.range: "bytes=10-19", .ifRange: "Mon, 01 Jan 2001 00:00:00 GMT"]
            let ignored = try await client.get(API.video(id), headers: headers)
            let honoured = try await client.get(API.video(id), headers: headers)
            #expect(ignored.status == .partialContent)
            #expect(ignored.bytes == Array(SampleVideo.bytes[10..<20]))
            #expect(honoured.status == .ok, "the fault is used up by one request")
            #expect(await sandbox.requestLog().suffix(2).map(\.fault) == [.ignoringIfRange, nil])
        }
    }

    /// Looks at `condition` (a state, not a time) until it holds or two minutes pass.
    static func until(_ condition: () async -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(120)
        while ContinuousClock.now < deadline {
            if await condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return await condition()
    }

    /// What follows the head of a raw answer.
    static func body(of received: [UInt8]) -> [UInt8] {
        guard let end = received.firstRange(of: Array("\r\n\r\n".utf8)) else { return [] }
        return Array(received[end.upperBound...])
    }
}

/// A plain socket read step by step, so a test sees what has arrived while the server holds
/// the rest back. Reads block on a Dispatch thread, never on the concurrency pool.
final class RawConnection: @unchecked Sendable {
    private let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawHTTPExchange.Failure.socket("socket") }
        var time = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            Glibc.close(fd)
            throw RawHTTPExchange.Failure.socket("connect")
        }
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.send(fd, $0.baseAddress, $0.count, 0) }) == bytes.count else {
            throw RawHTTPExchange.Failure.socket("send")
        }
    }

    /// `received` and what arrives after it, until `enough` says so or the server closes.
    func receive(from received: [UInt8] = [], until enough: @escaping @Sendable ([UInt8]) -> Bool) async throws -> [UInt8] {
        try await offThePool { [fd] in
            var received = received
            var chunk = [UInt8](repeating: 0, count: 65536)
            while !enough(received) {
                let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if count <= 0 { break }
                received += chunk[0..<count]
            }
            return received
        }
    }

    /// Bytes that have arrived and are not read yet.
    func pending() -> Int {
        var count: Int32 = 0
        return ioctl(fd, UInt(FIONREAD), &count) == 0 ? Int(count) : -1
    }

    func close() { Glibc.close(fd) }
}
