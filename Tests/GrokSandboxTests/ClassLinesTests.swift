import Foundation
import Testing
import TestSupport

/// What `grok-sandbox` prints for a class, and the header that tells grok it is a sandbox.
@Suite struct ClassLinesTests {
    static func lines(_ run: SandboxProcess, _ count: Int) async -> [String] {
        var lines: [String] = []
        for _ in 0..<count {
            guard let line = await run.readFirstLine() else { break }
            lines.append(line)
        }
        return lines
    }

    @Test func theURLComesFirstThenTheExportLines() async throws {
        let run = try SandboxProcess(arguments: ["--port", "0", "--quiet"])
        defer { run.kill() }
        let lines = await Self.lines(run, 4)
        let url = try #require(lines.first)
        #expect(URL(string: url)?.port != nil, "the first line is the base URL alone: \(url)")
        #expect(Array(lines.dropFirst()) == [
            "export JIMMYAI_BASE_URL=\(url)",
            "export JIMMYAI_API_KEY=anything",
            "# any non-empty key works here; nothing is billed",
        ])
        let port = try #require(URL(string: url)?.port)
        let answer = try await RawHTTPExchange.get("/api/open-api/v1/user/balance", port: port, headers: "Authorization: Bearer anything\r\n")
        #expect(answer.statusLine == "HTTP/1.1 200 OK", "the key the lines give works")
        #expect(answer.header("X-Grok-Sandbox") == "1")
    }

    @Test func withAKeyFileTheLinesSaySoAndNeverShowTheKey() async throws {
        let keyFile = FileManager.default.temporaryDirectory.appendingPathComponent("grok-sandbox-key-\(UUID().uuidString)")
        try Data("fake-class-key-e2e\n".utf8).write(to: keyFile)
        defer { try? FileManager.default.removeItem(at: keyFile) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyFile.path)
        let run = try SandboxProcess(arguments: ["--port", "0", "--quiet", "--api-key-file", keyFile.path])
        defer { run.kill() }
        let lines = await Self.lines(run, 3)
        #expect(lines.count == 3)
        #expect(lines.dropFirst().first?.hasPrefix("export JIMMYAI_BASE_URL=http://127.0.0.1:") == true)
        #expect(lines.last == "# only the key in \(keyFile.path) works here: export JIMMYAI_API_KEY=<that key>")
        #expect(!lines.joined().contains("fake-class-key-e2e"))
    }

    @Test func withoutTheSandboxHeaderItAnswersAsTheRealAPI() async throws {
        let run = try SandboxProcess(arguments: ["--port", "0", "--quiet", "--no-sandbox-header"])
        defer { run.kill() }
        let port = try #require(await run.readFirstLine().flatMap(URL.init(string:))?.port)
        let answer = try await RawHTTPExchange.get("/api/open-api/v1/user/balance", port: port, headers: "Authorization: Bearer anything\r\n")
        #expect(answer.statusLine == "HTTP/1.1 200 OK")
        #expect(answer.header("X-Grok-Sandbox") == nil)
    }
}
