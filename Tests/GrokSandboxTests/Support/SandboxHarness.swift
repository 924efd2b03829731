import Foundation
import HummingbirdTesting
import Hummingbird
@testable import GrokSandbox

/// Starts a sandbox and a client connected to it, runs `body`, and stops both on every path.
func withSandbox<Value: Sendable>(
    _ configuration: SandboxConfiguration = .init(),
    _ body: @Sendable (Sandbox, TestClient) async throws -> Value
) async throws -> Value {
    let sandbox = try await Sandbox.start(configuration)
    let client = TestClient(host: "127.0.0.1", port: sandbox.port)
    client.connect()
    do {
        let value = try await body(sandbox, client)
        try? await client.shutdown()
        await sandbox.stop()
        return value
    } catch {
        try? await client.shutdown()
        await sandbox.stop()
        throw error
    }
}

enum API {
    static let create = "/api/open-api/v1/grok/videos"
    static let upload = "/api/open-api/v1/files/upload"
    static let userBalance = "/api/open-api/v1/user/balance"
    static let keyBalance = "/api/open-api/v1/key/balance"
    static let key = "sk-test-secret-key"

    static func query(_ id: String) -> String { "/api/open-api/v1/videos/\(id)" }
    static func video(_ id: String) -> String { "/files/videos/\(id).mp4" }

    static var bearer: HTTPFields { [.authorization: "Bearer \(key)"] }

    static func createBody(
        model: String = "grok-imagine-video-1.5",
        prompt: String = "a cat on a skateboard",
        duration: Int? = nil
    ) -> ByteBuffer {
        var fields = #""model":"\#(model)","prompt":"\#(prompt)","image_urls":["https://example.com/cat.png"]"#
        if let duration { fields += #","duration":\#(duration)"# }
        return ByteBuffer(string: "{\(fields)}")
    }

    /// A request that reaches `endpoint`; for `.video`, the video of the first task.
    static func request(for endpoint: SandboxEndpoint) -> TestClient.Request {
        switch endpoint {
        case .create: .init(create, method: .post, headers: bearer, body: createBody())
        case .query: .init(query("sbx-task-000001"), method: .get, headers: bearer)
        case .upload: .init(upload, method: .post, headers: multipartHeaders, body: multipart(filename: "cat.png", bytes: [1, 2, 3]))
        case .userBalance: .init(userBalance, method: .get, headers: bearer)
        case .keyBalance: .init(keyBalance, method: .get, headers: bearer)
        case .video: .init(video("sbx-task-000001"), method: .get)
        }
    }

    static let boundary = "sandbox-test-boundary"

    static var multipartHeaders: HTTPFields {
        var headers = bearer
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return headers
    }

    static func multipart(name: String = "file", filename: String, bytes: [UInt8]) -> ByteBuffer {
        var body = ByteBuffer(string: "--\(boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n")
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\n")
        body.writeString("Content-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        return body
    }
}

extension TestClient.Response {
    var json: JSONValue {
        get throws { try JSONValue(parsing: bytes) }
    }

    var bytes: [UInt8] {
        body.map { Array($0.readableBytesView) } ?? []
    }

    /// `data` of an envelope.
    var data: JSONValue? {
        get throws { try json["data"] }
    }
}

extension Sandbox {
    /// Starts a task that is already complete at its first query (the sandbox must use `taskDuration: .zero`).
    func createTask(_ client: TestClient, prompt: String = "a cat") async throws -> String {
        let response = try await client.execute(.init(API.create, method: .post, headers: API.bearer, body: API.createBody(prompt: prompt)))
        guard case .string(let id)? = try response.data?["task_id"] else {
            throw HarnessError.unexpected(String(decoding: response.bytes, as: UTF8.self))
        }
        return id
    }
}

enum HarnessError: Error {
    case unexpected(String)
}
