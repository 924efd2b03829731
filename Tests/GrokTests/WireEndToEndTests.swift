import Foundation
import GrokSandbox
import Testing

/// The whole wire from the real binary against the sandbox: with `--json --trace` each
/// exchange is one event with fields (a failed one with `error`), bodies keep the order of
/// their keys, and the fixture's key appears nowhere.
@Suite struct WireEndToEndTests {
    static let create = "prompt \"a cat\"; image https://example.com/cat.png; duration 10; submit as cat"

    @Test func jsonTraceGivesOneEventPerExchangeWithFields() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            await sandbox.inject([.dropConnection], on: .query)
            let result = try await SandboxFixture.grok(sandbox, scratch, [
                "--json", "--trace", "--keep-going", "-e", Self.create + "; set retries 0; status cat; status cat",
            ])
            #expect(result.status == 1, "the dropped query fails: \(result.stderr)")
            #expect(!(result.stdout + result.stderr).contains(SandboxFixture.fakeKey))
            let events = result.stderr.split(separator: "\n").compactMap { line -> [String: Any]? in
                guard let data = String(line).data(using: .utf8) else { return nil }
                return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            }.filter { $0["event"] as? String == "exchange" }
            #expect(events.map { $0["n"] as? Int } == [1, 2, 3], "\(result.stderr)")
            guard events.count == 3 else { return }

            let create = events[0]
            #expect(create["method"] as? String == "POST")
            #expect((create["url"] as? String)?.hasSuffix("/api/open-api/v1/grok/videos") == true)
            #expect(create["status"] as? Int == 200 && create["status_text"] as? String == "OK")
            #expect((create["request_headers"] as? [String: String])?["Authorization"] == "Bearer ***")
            #expect((create["headers"] as? [String: String])?["Content-Type"] == "application/json")
            #expect((create["request_body"] as? [String: Any])?["prompt"] as? String == "a cat")
            #expect(((create["body"] as? [String: Any])?["data"] as? [String: Any])?["task_id"] as? String == "sbx-task-000001")
            #expect(create["ms"] is Int && create["started"] is String)
            // The body as sent, keys in order, in the event's own text.
            #expect(result.stderr.contains(#""request_body":{"model":"grok-imagine-video-1.5","prompt":"a cat","duration":10,"image_urls":"#))

            #expect(events[1]["status"] is NSNull && events[1]["error"] is String, "the dropped query: \(events[1])")
            #expect(events[2]["status"] as? Int == 200)
        }
    }

    @Test func showResponseAndExchangeTellTheWholeAnswerInTextAndJSON() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let text = try await SandboxFixture.grok(sandbox, scratch, [
                "--keep-going", "-e", Self.create + "; status nosuch; show response; show exchange 1",
            ])
            #expect(!(text.stdout + text.stderr).contains(SandboxFixture.fakeKey))
            #expect(text.stdout.contains("< #2 404 Not Found ("), "\(text.stdout)")
            #expect(text.stdout.contains("> #1 POST "), "\(text.stdout)")
            #expect(text.stdout.contains("> Authorization: Bearer ***"), "\(text.stdout)")
            // Pretty-printed in the order sent: model, prompt, duration, image_urls.
            let order = ["\"model\"", "\"prompt\"", "\"duration\"", "\"image_urls\""].compactMap { text.stdout.range(of: $0)?.lowerBound }
            #expect(order.count == 4 && order == order.sorted(), "\(text.stdout)")

            let json = try await SandboxFixture.grok(sandbox, scratch, ["--json", "--keep-going", "-e", "status nosuch; show response"])
            let line = try #require(json.stdout.split(separator: "\n").last)
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(event["event"] as? String == "response" && event["status"] as? Int == 404, "\(line)")
            #expect((event["body"] as? [String: Any])?["msg"] as? String == "task not found: nosuch")
        }
    }
}
