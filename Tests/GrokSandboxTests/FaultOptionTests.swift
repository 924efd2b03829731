import Foundation
import Testing
import TestSupport

/// `--fault ENDPOINT:FAULT:once|always` on the built `grok-sandbox`: parsed, applied as
/// documented, and refused with an error that names the bad part and the accepted words.
@Suite struct FaultOptionTests {
    static let bearer = "Authorization: Bearer fake-class-key\r\n"
    static let balance = "/api/open-api/v1/user/balance"

    static func start(_ faults: [String]) async throws -> (SandboxProcess, Int) {
        let run = try SandboxProcess(arguments: ["--port", "0", "--quiet"] + faults.flatMap { ["--fault", $0] })
        guard let line = await run.readFirstLine(), let port = URL(string: line)?.port else {
            run.kill()
            throw Missing.url(await run.standardError())
        }
        return (run, port)
    }

    enum Missing: Error { case url(String) }

    @Test func onceFaultsTheFirstRequestOnly() async throws {
        let (run, port) = try await Self.start(["balance:429:once"])
        defer { run.kill() }
        let first = try await RawHTTPExchange.get(Self.balance, port: port, headers: Self.bearer)
        let second = try await RawHTTPExchange.get(Self.balance, port: port, headers: Self.bearer)
        #expect(first.statusLine == "HTTP/1.1 429 Too Many Requests")
        #expect(first.header("Retry-After") == "2")
        #expect(first.header("Content-Type") == "application/json")
        #expect(String(decoding: first.body, as: UTF8.self) == #"{"code":"-1","msg":"rate limited, retry after 2 s"}"#)
        #expect(second.statusLine == "HTTP/1.1 200 OK")
    }

    @Test func alwaysFaultsEveryRequestAndOthersQueueBeforeIt() async throws {
        let (run, port) = try await Self.start(["balance:busy:once", "balance:500:always", "key-balance:502:once"])
        defer { run.kill() }
        var lines: [String] = []
        var bodies: [String] = []
        for _ in 0..<3 {
            let answer = try await RawHTTPExchange.get(Self.balance, port: port, headers: Self.bearer)
            lines.append(answer.statusLine)
            bodies.append(String(decoding: answer.body, as: UTF8.self))
        }
        #expect(lines == ["HTTP/1.1 200 OK", "HTTP/1.1 500 Internal Server Error", "HTTP/1.1 500 Internal Server Error"])
        #expect(bodies == [#"{"code":"-1","msg":"server busy, retry later"}"#,
                           #"{"code":"-1","msg":"internal server error"}"#, #"{"code":"-1","msg":"internal server error"}"#])
        let key = try await RawHTTPExchange.get("/api/open-api/v1/key/balance", port: port, headers: Self.bearer)
        #expect(key.statusLine == "HTTP/1.1 502 Bad Gateway")
    }

    @Test func dropAndHTMLFaults() async throws {
        let (run, port) = try await Self.start(["balance:drop:once", "key-balance:html:always"])
        defer { run.kill() }
        let dropped = try await RawHTTPExchange.get(Self.balance, port: port, headers: Self.bearer)
        #expect(dropped.statusLine == "HTTP/1.1 200 OK")
        let announced = try #require(dropped.contentLength)
        #expect(dropped.body.count < announced, "the answer broke off")
        let page = try await RawHTTPExchange.get("/api/open-api/v1/key/balance", port: port, headers: Self.bearer)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(String(decoding: page.body, as: UTF8.self).contains("Sign in"))
    }

    /// The video endpoint is named `download`, and a fault there needs no key, as the video URL needs none.
    @Test func downloadFaultAppliesToTheVideoURL() async throws {
        let (run, port) = try await Self.start(["download:html:once", "create:503:once"])
        defer { run.kill() }
        let video = try await RawHTTPExchange.get("/files/videos/sbx-task-000001.mp4", port: port)
        #expect(video.header("Content-Type") == "text/html; charset=utf-8")
        let create = try await RawHTTPExchange.perform(
            "POST /api/open-api/v1/grok/videos HTTP/1.1\r\nHost: x\r\n\(Self.bearer)Content-Length: 2\r\nConnection: close\r\n\r\n",
            body: Array("{}".utf8), port: port)
        #expect(create.statusLine == "HTTP/1.1 503 Service Unavailable")
    }

    static let refusals: [(String, String)] = [
        ("create:429", "Error: --fault 'create:429': expected ENDPOINT:FAULT:once|always, e.g. create:429:once"),
        ("video:500:once", "Error: --fault 'video:500:once': unknown endpoint 'video'; use one of create, query, download, upload, balance, key-balance"),
        ("create:418:once", "Error: --fault 'create:418:once': unknown fault '418'; use one of 429, 500, 502, 503, busy, drop, html"),
        ("query:500:twice", "Error: --fault 'query:500:twice': unknown repetition 'twice'; use once or always"),
    ]

    @Test(arguments: refusals)
    func badValuesAreRefusedNamingThePart(value: String, message: String) async throws {
        let run = try SandboxProcess(arguments: ["--port", "0", "--fault", value])
        defer { run.kill() }
        #expect(await run.waitUntilExit() == 64)
        let stderr = await run.standardError()
        #expect(stderr.hasPrefix(message + "\n"), "stderr: \(stderr)")
        #expect(await run.readFirstLine() == nil, "it never listened")
    }

    @Test func twoAlwaysFaultsOnOneEndpointAreRefused() async throws {
        let run = try SandboxProcess(arguments: ["--port", "0", "--fault", "query:500:always", "--fault", "query:busy:always"])
        defer { run.kill() }
        #expect(await run.waitUntilExit() == 64)
        let stderr = await run.standardError()
        #expect(stderr.hasPrefix("Error: --fault 'query:busy:always': query already has an 'always' fault; give one\n"), "stderr: \(stderr)")
    }
}
