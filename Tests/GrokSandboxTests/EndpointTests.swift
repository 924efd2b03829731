import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import GrokSandbox

@Suite struct EndpointTests {
    @Test func createAnswersQueuedTaskWithDeterministicIDs() async throws {
        try await withSandbox { sandbox, client in
            for expected in ["sbx-task-000001", "sbx-task-000002"] {
                let response = try await client.post(API.create, headers: API.bearer, body: API.createBody(model: "grok_1_5"))
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                let json = try response.json
                #expect(json["code"] == .string("20000"))
                #expect(json["msg"] == .string("ok"))
                #expect(json["data"]?["task_id"] == .string(expected))
                #expect(json["data"]?["status"] == .string("queued"))
                #expect(json["data"]?["model"] == .string("grok-imagine-video-1.5"))
                guard case .integer(let createdAt)? = json["data"]?["created_at"] else {
                    Issue.record("created_at is not an integer")
                    return
                }
                #expect(abs(Double(createdAt) - Date().timeIntervalSince1970) < 60)
            }
            #expect(await sandbox.tasks().map(\.id) == ["sbx-task-000001", "sbx-task-000002"])
            #expect(await sandbox.tasks().map(\.prompt) == ["a cat on a skateboard", "a cat on a skateboard"])
        }
    }

    @Test func rejectedCreateNamesTheFieldAndCreatesNothing() async throws {
        try await withSandbox { sandbox, client in
            let response = try await client.post(API.create, headers: API.bearer, body: API.createBody(duration: 12))
            #expect(response.status == .badRequest)
            #expect(try response.json["code"] == .string("20002"))
            #expect(try response.json["msg"] == .string("duration must be one of 10, 15 (seconds, an integer)"))
            #expect(await sandbox.tasks().isEmpty)
        }
    }

    @Test func queryOfUnknownTaskIsNotFound() async throws {
        try await withSandbox { _, client in
            let response = try await client.get(API.query("sbx-task-999999"), headers: API.bearer)
            #expect(response.status == .notFound)
            #expect(try response.json["code"] == .string("20002"))
            #expect(try response.json["msg"] == .string("task not found: sbx-task-999999"))
        }
    }

    @Test func balancesFollowAcceptedCreates() async throws {
        try await withSandbox { _, client in
            _ = try await client.post(API.create, headers: API.bearer, body: API.createBody())
            _ = try await client.post(API.create, headers: API.bearer, body: API.createBody(duration: 15))
            _ = try await client.post(API.create, headers: API.bearer, body: API.createBody(duration: 11))
            let user = try await client.get(API.userBalance, headers: API.bearer)
            #expect(user.status == .ok)
            #expect(try user.data == .object(["balance": .integer(100), "used_coin": .number(2.5), "available": .number(97.5)]))
            let key = try await client.get(API.keyBalance, headers: API.bearer)
            #expect(try key.data == .object([
                "name": .string("sandbox"), "total_quota": .integer(0), "used_quota": .number(2.5),
                "available_quota": .integer(0), "unlimited": .bool(true),
            ]))
        }
    }

    @Test(arguments: SandboxEndpoint.allCases.filter { $0 != .video })
    func apiRoutesNeedABearerKey(endpoint: SandboxEndpoint) async throws {
        try await withSandbox { sandbox, client in
            for authorization in [nil, "Bearer", "Bearer   ", "Basic abc", "bearer"] {
                var request = API.request(for: endpoint)
                request.head.headerFields[.authorization] = authorization
                let response = try await client.execute(request)
                #expect(response.status == .unauthorized, "\(authorization ?? "no header")")
                #expect(try response.json["code"] == .string("20001"))
            }
            #expect(await sandbox.tasks().isEmpty)
        }
    }

    @Test func configuredKeyMustMatch() async throws {
        try await withSandbox(.init(apiKey: API.key)) { _, client in
            let wrong = try await client.get(API.userBalance, headers: [.authorization: "Bearer sk-other"])
            #expect(wrong.status == .unauthorized)
            #expect(try wrong.json == .object(["code": .string("20001"), "msg": .string("invalid API key")]))
            let right = try await client.get(API.userBalance, headers: [.authorization: "bearer \(API.key)"])
            #expect(right.status == .ok)
        }
    }

    @Test func unknownRoutesAreNotFoundAndLoggedWithoutEndpoint() async throws {
        try await withSandbox { sandbox, client in
            let response = try await client.delete(API.create, headers: API.bearer, body: ByteBuffer())
            #expect(response.status == .notFound)
            let log = await sandbox.requestLog()
            #expect(log.count == 1)
            #expect(log.first?.endpoint == nil)
            #expect(log.first?.method == "DELETE")
            #expect(log.first?.status == 404)
        }
    }

    @Test func requestLogRecordsEachRequestButNeverTheKey() async throws {
        try await withSandbox(.init(taskDuration: .seconds(600))) { sandbox, client in
            _ = try await client.post(API.create, headers: API.bearer, body: API.createBody())
            _ = try await client.get(API.userBalance)
            _ = try await client.get(API.video("sbx-task-000001"), headers: [.range: "bytes=0-9"])
            let log = await sandbox.requestLog()
            #expect(log.map(\.endpoint) == [.create, .userBalance, .video])
            #expect(log.map(\.method) == ["POST", "GET", "GET"])
            #expect(log.map(\.path) == [API.create, API.userBalance, API.video("sbx-task-000001")])
            #expect(log.map(\.hasBearer) == [true, false, false])
            #expect(log.map(\.status) == [200, 401, 404])
            #expect(log.map(\.range) == [nil, nil, "bytes=0-9"])
            #expect(log.first?.body == Array(API.createBody().readableBytesView))
            #expect(log.allSatisfy { $0.fault == nil })
            #expect(zip(log, log.dropFirst()).allSatisfy { $0.receivedAt <= $1.receivedAt })
            let everything = log.flatMap { $0.body + Array("\($0)".utf8) }
            #expect(everything.firstRange(of: Array(API.key.utf8)) == nil)

            await sandbox.clearLog()
            #expect(await sandbox.requestLog().isEmpty)
        }
    }

    @Test func stopIsIdempotentAndClosesThePort() async throws {
        let sandbox = try await Sandbox.start()
        await sandbox.stop()
        await sandbox.stop()
        await #expect(throws: (any Error).self) {
            try await RawHTTPExchange.get(API.userBalance, port: sandbox.port)
        }
    }

    @Test func stopReturnsWhileAClientKeepsItsConnectionOpen() async throws {
        let sandbox = try await Sandbox.start()
        let client = TestClient(host: "127.0.0.1", port: sandbox.port)
        client.connect()
        // A keep-alive exchange: the client's connection is still open when stop() is called.
        let answer = try await client.get(API.userBalance, headers: API.bearer)
        #expect(answer.status == .ok)
        #expect(answer.headers[.connection] != "close")
        // The deadline only keeps a hang from blocking the suite; stop() is expected at once.
        let stopped = await Self.finishes(within: .seconds(60)) { await sandbox.stop() }
        #expect(stopped, "stop() did not return while a client kept its connection open")
        await #expect(throws: RawHTTPExchange.Failure.self, "the server still accepts connections after stop()") {
            _ = try await RawHTTPExchange.get(API.userBalance, port: sandbox.port)
        }
        try? await client.shutdown()
    }

    /// Whether `work` returns before `limit` passes.
    static func finishes(within limit: Duration, _ work: @escaping @Sendable () async -> Void) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { await work(); return true }
            group.addTask { try? await Task.sleep(for: limit); return false }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }
}
