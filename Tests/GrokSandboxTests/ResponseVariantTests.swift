import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import GrokSandbox

@Suite struct ResponseVariantTests {
    /// The answer to a query of a completed task (and of a processing one, for progress), under `variant`.
    static func queryAnswer(_ variant: ResponseVariant, duration: Duration = .zero) async throws -> JSONValue {
        try await withSandbox(.init(taskDuration: duration, variant: variant)) { sandbox, client in
            let id = try await sandbox.createTask(client)
            return try await client.get(API.query(id), headers: API.bearer).json
        }
    }

    @Test func codeAsNumberAppliesToSuccessAndErrors() async throws {
        try await withSandbox(.init(variant: .init(codeAsNumber: true))) { _, client in
            #expect(try await client.get(API.userBalance, headers: API.bearer).json["code"] == .integer(20000))
            #expect(try await client.get(API.userBalance).json["code"] == .integer(20001))
            let bad = try await client.post(API.create, headers: API.bearer, body: ByteBuffer(string: "{}"))
            #expect(try bad.json["code"] == .integer(20002))
        }
    }

    @Test func flatQueryDropsTheEnvelope() async throws {
        let json = try await Self.queryAnswer(.init(flatQuery: true))
        #expect(json["code"] == nil)
        #expect(json["data"] == nil)
        #expect(json["task_id"] == .string("sbx-task-000001"))
        #expect(json["status"] == .string("completed"))
        #expect(json["result"]?["video_url"] != nil)
    }

    @Test func successStatusReplacesCompleted() async throws {
        #expect(try await Self.queryAnswer(.init(successStatus: true))["data"]?["status"] == .string("success"))
        #expect(try await Self.queryAnswer(.init())["data"]?["status"] == .string("completed"))
    }

    @Test func progressShapes() async throws {
        #expect(try await Self.queryAnswer(.init())["data"]?["progress"] == .integer(100))
        #expect(try await Self.queryAnswer(.init(stringProgress: true))["data"]?["progress"] == .string("100%"))
        let duration = Duration.seconds(600)
        let float = try await Self.queryAnswer(.init(floatProgress: true), duration: duration)
        let string = try await Self.queryAnswer(.init(stringProgress: true), duration: duration)
        // Long tasks are still queued at the first query; progress is then absent in every shape.
        #expect(float["data"]?["status"] == .string("queued"))
        #expect(float["data"]?["progress"] == nil)
        #expect(string["data"]?["progress"] == nil)
    }

    /// Paced by queries, every query after the first finds the task processing: each shape is
    /// checked, none skipped. `queries(10)`: progress 11.1, 22.2, 33.3 on queries 2, 3, 4.
    @Test func processingProgressShapes() async throws {
        try await withSandbox(.init(taskPace: .queries(10))) { sandbox, client in
            let id = try await sandbox.createTask(client)
            #expect(try await Self.query(id, client)?["status"] == .string("queued"))
            let shapes: [(ResponseVariant, JSONValue)] = [
                (.init(), .integer(11)), (.init(stringProgress: true), .string("22%")), (.init(floatProgress: true), .number(33.5)),
            ]
            for (variant, expected) in shapes {
                await sandbox.setVariant(variant)
                let data = try await Self.query(id, client)
                #expect(data?["status"] == .string("processing"))
                #expect(data?["progress"] == expected, "progress in \(variant)")
            }
        }
    }

    static func query(_ id: String, _ client: TestClient) async throws -> JSONValue? {
        try await client.get(API.query(id), headers: API.bearer).data
    }

    @Test func relativeVideoURLIsAPath() async throws {
        let json = try await Self.queryAnswer(.init(relativeVideoURL: true))
        #expect(json["data"]?["result"]?["video_url"] == .string("/files/videos/sbx-task-000001.mp4"))
    }

    @Test func videoBaseURLPointsAtAnotherOrigin() async throws {
        let other = URL(string: "http://localhost:9/storage/")
        try await withSandbox(.init(taskDuration: .zero, videoBaseURL: other)) { sandbox, client in
            let id = try await sandbox.createTask(client)
            let json = try await client.get(API.query(id), headers: API.bearer).json
            #expect(json["data"]?["result"]?["video_url"] == .string("http://localhost:9/storage/files/videos/\(id).mp4"))
            await sandbox.setVideoBaseURL(nil)
            let local = try await client.get(API.query(id), headers: API.bearer).json
            #expect(local["data"]?["result"]?["video_url"] == .string("\(sandbox.baseURL.absoluteString)/files/videos/\(id).mp4"))
        }
    }

    @Test func errorsAsHTTP200KeepTheEnvelope() async throws {
        try await withSandbox(.init(variant: .init(errorsAsHTTP200: true))) { _, client in
            let unauthorized = try await client.get(API.userBalance)
            #expect(unauthorized.status == .ok)
            #expect(try unauthorized.json["code"] == .string("20001"))
            let missing = try await client.get(API.query("nope"), headers: API.bearer)
            #expect(missing.status == .ok)
            #expect(try missing.json["code"] == .string("20002"))
        }
    }
}
