import Foundation
import GrokSandbox
import Testing
import TestSupport

/// `--har FILE` and `set har FILE`: every exchange of a run against the sandbox, read back
/// as HAR 1.2 field by field; the file is whole while grok waits and after Ctrl-C; the key
/// is nowhere in it.
@Suite struct HARFileTests {
    static let session = "set poll-interval 100ms; prompt \"a cat\"; image cat.png; duration 10; submit as cat; wait cat; "
        + "download cat; status nosuch"

    @Test func everyExchangeIsAnEntryWithEveryFieldHAR12Asks() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            _ = try scratch.write("cat.png", "not really a png\n")
            await sandbox.inject([.dropConnection], on: .query)
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--har", "a.har", "--keep-going", "-e", Self.session])
            #expect(result.status == 1, "only the status of nosuch fails: \(result.stderr)")
            let bytes = try Data(contentsOf: scratch.url.appendingPathComponent("a.har"))
            #expect(!String(decoding: bytes, as: UTF8.self).contains(SandboxFixture.fakeKey))
            let log = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])["log"] as? [String: Any]
            #expect(log?["version"] as? String == "1.2")
            #expect((log?["creator"] as? [String: Any])?["name"] as? String == "grok")
            #expect((log?["creator"] as? [String: Any])?["version"] is String)
            let entries = try #require(log?["entries"] as? [[String: Any]])
            // upload, create, the dropped query, its retry, queries to completed, the video, nosuch
            let methods = entries.map { ($0["request"] as? [String: Any])?["method"] as? String ?? "?" }
            #expect(methods.first == "POST" && methods.dropFirst().first == "POST" && methods.dropFirst(2).allSatisfy { $0 == "GET" }, "\(methods)")
            for entry in entries { try Self.checkFields(entry) }

            let upload = try Self.request(entries[0])
            let uploadPost = try #require(upload["postData"] as? [String: Any])
            #expect((uploadPost["mimeType"] as? String)?.hasPrefix("multipart/form-data; boundary=") == true)
            #expect((uploadPost["text"] as? String)?.contains("(17 bytes of cat.png)") == true, "\(uploadPost)")
            #expect(upload["bodySize"] as? Int ?? 0 > 17)

            let create = try Self.request(entries[1])
            let post = try #require(create["postData"] as? [String: Any])
            #expect(post["mimeType"] as? String == "application/json")
            let sent = try #require(post["text"] as? String)
            #expect(sent.hasPrefix(#"{"model":"grok-imagine-video-1.5","prompt":"a cat","duration":10,"image_urls":["#), "\(sent)")
            let headers = try #require(create["headers"] as? [[String: String]])
            #expect(headers.contains { $0["name"] == "Authorization" && $0["value"] == "Bearer ***" }, "\(headers)")
            let created = try Self.response(entries[1])
            #expect(created["status"] as? Int == 200 && created["statusText"] as? String == "OK")
            #expect(((created["content"] as? [String: Any])?["text"] as? String)?.contains(#""task_id":"sbx-task-000001""#) == true)

            let dropped = entries[2]
            #expect(dropped["_error"] is String, "\(dropped)")
            #expect(try Self.response(dropped)["status"] as? Int == 0)
            let query = try Self.request(entries[3])
            #expect((query["url"] as? String)?.contains("sbx-task-000001") == true, "\(query)")

            let video = try #require(entries.first { (try? Self.response($0)["content"] as? [String: Any])?["mimeType"] as? String == "video/mp4" })
            let videoContent = try #require(try Self.response(video)["content"] as? [String: Any])
            let saved = try Data(contentsOf: scratch.url.appendingPathComponent("cat.mp4"))
            #expect(videoContent["size"] as? Int == saved.count && videoContent["text"] == nil, "the video by its size only: \(videoContent)")

            let missing = try Self.response(try #require(entries.last))
            #expect(missing["status"] as? Int == 404 && missing["statusText"] as? String == "Not Found")
            #expect(((missing["content"] as? [String: Any])?["text"] as? String)?.contains("task not found: nosuch") == true)
        }
    }

    /// Whole while grok waits on an answer the sandbox holds back, and after Ctrl-C.
    @Test func theFileIsWholeMidRunAndAfterAnInterrupt() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            await sandbox.inject([.held], on: .query)
            var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("JIMMYAI_") }
            environment["JIMMYAI_API_KEY"] = SandboxFixture.fakeKey
            let pid = try ChildProcess.spawn(
                try BuiltProduct.path("grok").path,
                arguments: ["--base-url", sandbox.baseURL.absoluteString, "--state-dir", scratch.path("state"), "--har", "a.har",
                            "-e", "prompt 'a cat'; image https://example.com/c.png; submit as cat; wait cat"],
                environment: environment, directory: scratch.url.path,
                stdin: .file("/dev/null"), stdout: .file(scratch.path("out")), stderr: .file(scratch.path("err")))
            let held = try await SignalTests.until(limit: .seconds(120)) { await sandbox.heldAnswers() == 1 }
            #expect(held)
            #expect(try Self.entries(in: scratch).count == 1, "the create is in; the held query is not over")
            kill(pid, SIGINT)
            await sandbox.releaseHeld()
            #expect(await ChildProcess.wait(pid) == 130)
            let entries = try Self.entries(in: scratch)
            #expect(entries.count >= 1 && entries.count <= 2, "\(entries.count)")
        }
    }

    @Test func setHarSwitchesFilesAndOffStops() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, [
                "-e", "set har a.har; balance; set har b.har; balance; set har off; balance; show options",
            ])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Self.entries(in: scratch, "a.har").count == 2)
            #expect(try Self.entries(in: scratch, "b.har").count == 2)
            #expect(result.stdout.contains("har                off"), "\(result.stdout)")

            let refused = try await SandboxFixture.grok(sandbox, scratch, ["-e", "set har no/such/dir/x.har; balance"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("error: cannot write the HAR file 'no/such/dir/x.har'"), "\(refused.stderr)")
            let option = try await SandboxFixture.grok(sandbox, scratch, ["--har", "no/such/dir/x.har", "-e", "balance"])
            #expect(option.status == 1 && option.stderr.contains("cannot write the HAR file"), "\(option.stderr)")
            #expect(await sandbox.requestLog().count == 6, "nothing sent by the refused runs")
        }
    }

    // MARK: Reading the file

    static func entries(in scratch: TemporaryDirectory, _ name: String = "a.har") throws -> [[String: Any]] {
        let data = try Data(contentsOf: scratch.url.appendingPathComponent(name))
        let document = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return try #require((document?["log"] as? [String: Any])?["entries"] as? [[String: Any]])
    }

    static func request(_ entry: [String: Any]) throws -> [String: Any] { try #require(entry["request"] as? [String: Any]) }
    static func response(_ entry: [String: Any]) throws -> [String: Any] { try #require(entry["response"] as? [String: Any]) }

    /// The fields HAR 1.2 requires of every entry, with their types.
    static func checkFields(_ entry: [String: Any]) throws {
        let started = try #require(entry["startedDateTime"] as? String)
        #expect((try? Date(started, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true))) != nil, "\(started)")
        let time = try #require(entry["time"] as? Double)
        let timings = try #require(entry["timings"] as? [String: Double])
        for name in ["send", "wait", "receive"] { #expect((timings[name] ?? -1) >= 0, "\(name)") }
        #expect(time == (timings["send"] ?? 0) + (timings["wait"] ?? 0) + (timings["receive"] ?? 0))
        #expect(entry["cache"] is [String: Any])
        let request = try self.request(entry)
        for name in ["method", "url", "httpVersion"] { #expect(request[name] is String, "request.\(name)") }
        for name in ["cookies", "headers", "queryString"] { #expect(request[name] is [Any], "request.\(name)") }
        #expect(request["headersSize"] as? Int == -1 && request["bodySize"] is Int)
        let response = try self.response(entry)
        #expect(response["status"] is Int && response["statusText"] is String && response["httpVersion"] is String)
        #expect(response["cookies"] is [Any] && response["headers"] is [Any] && response["redirectURL"] is String)
        #expect(response["headersSize"] as? Int == -1 && response["bodySize"] is Int)
        let content = try #require(response["content"] as? [String: Any])
        #expect(content["size"] is Int && content["mimeType"] is String)
    }
}
