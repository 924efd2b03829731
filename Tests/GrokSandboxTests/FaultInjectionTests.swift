import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import GrokSandbox

@Suite struct FaultInjectionTests {
    static let endpoints = SandboxEndpoint.allCases

    /// A sandbox whose first task is complete, so every endpoint has something to answer.
    static func withPreparedSandbox(_ body: @Sendable (Sandbox, TestClient) async throws -> Void) async throws {
        try await withSandbox(.init(taskDuration: .zero)) { sandbox, client in
            _ = try await sandbox.createTask(client)
            await sandbox.clearLog()
            try await body(sandbox, client)
        }
    }

    @Test(arguments: endpoints)
    func httpStatus(endpoint: SandboxEndpoint) async throws {
        try await Self.withPreparedSandbox { sandbox, client in
            await sandbox.inject([.httpStatus(500), .httpStatus(503)], on: endpoint)
            let first = try await client.execute(API.request(for: endpoint))
            let second = try await client.execute(API.request(for: endpoint))
            let third = try await client.execute(API.request(for: endpoint))
            #expect(first.status == .internalServerError)
            #expect(try first.json["code"] == .string("-1"))
            #expect(second.status == .serviceUnavailable)
            #expect(third.status == .ok)
            #expect(await sandbox.requestLog().map(\.fault) == [.httpStatus(500), .httpStatus(503), nil])
            #expect(await sandbox.requestLog().map(\.status) == [500, 503, 200])
        }
    }

    @Test(arguments: endpoints)
    func rateLimited(endpoint: SandboxEndpoint) async throws {
        try await Self.withPreparedSandbox { sandbox, client in
            await sandbox.inject([.rateLimited(retryAfter: 7)], on: endpoint)
            let response = try await client.execute(API.request(for: endpoint))
            #expect(response.status == .tooManyRequests)
            #expect(response.headers[.retryAfter] == "7")
            #expect(try response.json["code"] == .string("-1"))
        }
    }

    @Test(arguments: endpoints)
    func serverBusy(endpoint: SandboxEndpoint) async throws {
        try await Self.withPreparedSandbox { sandbox, client in
            await sandbox.inject([.serverBusy], on: endpoint)
            let response = try await client.execute(API.request(for: endpoint))
            #expect(response.status == .ok)
            #expect(try response.json == .object(["code": .string("-1"), "msg": .string("server busy, retry later")]))
        }
    }

    @Test(arguments: endpoints)
    func malformedJSON(endpoint: SandboxEndpoint) async throws {
        try await Self.withPreparedSandbox { sandbox, client in
            await sandbox.inject([.malformedJSON], on: endpoint)
            let response = try await client.execute(API.request(for: endpoint))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            #expect(throws: (any Error).self) { try response.json }
            #expect(String(decoding: response.bytes, as: UTF8.self) == "<html><body>502 Bad Gateway</body></html>")
        }
    }

    @Test(arguments: endpoints)
    func slowBodyStillDeliversTheWholeAnswer(endpoint: SandboxEndpoint) async throws {
        try await Self.withPreparedSandbox { sandbox, client in
            let normal = try await client.execute(API.request(for: endpoint))
            await sandbox.inject([.slowBody(chunkDelay: .milliseconds(1))], on: endpoint)
            let slow = try await client.execute(API.request(for: endpoint))
            #expect(slow.status == normal.status)
            #expect(slow.bytes.count == normal.bytes.count)
            if endpoint != .create && endpoint != .upload {
                #expect(slow.bytes == normal.bytes)
            }
            #expect(await sandbox.requestLog().last?.fault == .slowBody(chunkDelay: .milliseconds(1)))
        }
    }

    @Test(arguments: endpoints)
    func dropConnectionCutsTheBodyShort(endpoint: SandboxEndpoint) async throws {
        try await Self.withPreparedSandbox { sandbox, client in
            await sandbox.inject([.dropConnection], on: endpoint)
            let request = API.request(for: endpoint)
            var head = "\(request.head.method.rawValue) \(request.head.path ?? "/") HTTP/1.1\r\nHost: 127.0.0.1:\(sandbox.port)\r\n"
            for field in request.head.headerFields { head += "\(field.name): \(field.value)\r\n" }
            let body = request.body.map { Array($0.readableBytesView) } ?? []
            head += "Content-Length: \(body.count)\r\n\r\n"
            let exchange = try await RawHTTPExchange.perform(head, body: body, port: sandbox.port)
            let announced = try #require(exchange.contentLength)
            #expect(exchange.body.count < announced, "\(exchange.head)")
            let log = await sandbox.requestLog()
            #expect(log.map(\.fault) == [.dropConnection])
            #expect(log.map(\.endpoint) == [endpoint])
        }
    }

    @Test func faultsAreQueuedPerEndpoint() async throws {
        try await Self.withPreparedSandbox { sandbox, client in
            await sandbox.inject([.serverBusy], on: .keyBalance)
            let user = try await client.get(API.userBalance, headers: API.bearer)
            let busy = try await client.get(API.keyBalance, headers: API.bearer)
            let key = try await client.get(API.keyBalance, headers: API.bearer)
            #expect(try [user, busy, key].map { try $0.json["code"] } == [.string("20000"), .string("-1"), .string("20000")])
        }
    }
}
