import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Each prompt marker of `help sandbox`, met by the built `grok` as a class would meet it:
/// the fault on the request the marker names, the retry (or the refusal to retry) in the
/// sandbox's request log and in `--trace`, and the outcome and exit status documented.
@Suite struct PromptMarkerTests {
    static let quick = "set poll-interval 10ms; set max-poll-interval 20ms; image https://example.com/c.png"

    static func run(_ sandbox: Sandbox, _ scratch: TemporaryDirectory, prompt: String, _ then: String,
                    trace: Bool = false) async throws -> GrokProcess.Result {
        let script = "\(quick); prompt '\(prompt)'; submit as cat; \(then)"
        return try await SandboxFixture.grok(sandbox, scratch, (trace ? ["--trace"] : []) + ["-e", script])
    }

    static func requests(_ sandbox: Sandbox, _ endpoint: SandboxEndpoint) async -> [LoggedRequest] {
        await sandbox.requestLog().filter { $0.endpoint == endpoint }
    }

    @Test func rateLimitedCreateIsAnsweredOnceWith429ThenTaken() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await Self.run(sandbox, scratch, prompt: "a cat [429]", "", trace: true)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let creates = await Self.requests(sandbox, .create)
            #expect(creates.map(\.status) == [429, 200])
            #expect(creates.map(\.marker) == [.rateLimited, nil])
            #expect(creates[0].body == creates[1].body, "the retry is the same request")
            #expect(await sandbox.tasks().count == 1)
            #expect(result.stderr.contains("< #1 429"), "trace: \(result.stderr)")
            #expect(result.stderr.contains("Retry-After: 2"), "trace: \(result.stderr)")
            #expect(result.stdout.contains("submitted cat (sbx-task-000001)"), "stdout: \(result.stdout)")
        }
    }

    @Test func serverErrorAndBusyFaultTheFirstQueriesAndTheWaitGoesOn() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await Self.run(sandbox, scratch, prompt: "a cat [500] [busy]", "wait cat")
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let queries = await Self.requests(sandbox, .query)
            #expect(queries.prefix(2).map(\.status) == [500, 200])
            #expect(queries.prefix(2).map(\.marker) == [.serverError, .busy])
            #expect(queries.prefix(2).map(\.fault) == [.httpStatus(500), .serverBusy])
            // The three queries the task needs, after the two faulted ones.
            #expect(queries.count == 5)
            #expect(queries.dropFirst(2).allSatisfy { $0.fault == nil })
            #expect(result.stdout.contains("completed cat (sbx-task-000001)"), "stdout: \(result.stdout)")
        }
    }

    @Test func droppedDownloadIsResumedWithARange() async throws {
        try await SandboxFixture.with(.init(taskPace: .queries(3), videoSize: 300_000)) { sandbox, scratch in
            let result = try await Self.run(sandbox, scratch, prompt: "a cat [drop]", "wait cat; download cat to out/cat.mp4")
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let videos = await Self.requests(sandbox, .video).filter { $0.method == "GET" }
            #expect(videos.map(\.marker) == [.drop, nil])
            #expect(videos.map(\.status) == [200, 206])
            #expect(videos.first?.range == nil)
            #expect(videos.last?.range?.hasPrefix("bytes=") == true, "resumed with a Range")
            let saved = try Data(contentsOf: URL(fileURLWithPath: scratch.path("out/cat.mp4")))
            #expect(saved.count == 300_000, "the whole video")
            #expect(String(decoding: saved.prefix(8).suffix(4), as: UTF8.self) == "ftyp")
        }
    }

    @Test func htmlVideoIsRefusedEveryTimeAndNothingIsSaved() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let download = "wait cat; download cat to out/cat.mp4"
            let result = try await Self.run(sandbox, scratch, prompt: "a cat [html]", download)
            #expect(result.status == 1, "stderr: \(result.stderr)")
            #expect(result.stderr.contains("error: the video URL answered an HTML page"), "stderr: \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("out/cat.mp4")))
            let again = try await SandboxFixture.grok(sandbox, scratch, ["-e", "download cat to out/cat.mp4"])
            #expect(again.status == 1, "stderr: \(again.stderr)")
            let videos = await Self.requests(sandbox, .video)
            #expect(videos.count == 2 && videos.allSatisfy { $0.marker == .html }, "one request each time, never retried")
        }
    }

    @Test func lostCreateAnswerStopsGrokWithoutResending() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await Self.run(sandbox, scratch, prompt: "a cat [lost]", "echo not reached")
            #expect(result.status == 1, "stderr: \(result.stderr)")
            #expect(result.stderr.contains("the create request may have reached the server"), "stderr: \(result.stderr)")
            #expect(!result.stdout.contains("not reached"))
            #expect(await Self.requests(sandbox, .create).map(\.marker) == [.lost])
            #expect(await sandbox.tasks().count == 1, "the task was made: a resend would pay twice")
        }
    }

    @Test func failedTaskEndsTheWaitWithExit5() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await Self.run(sandbox, scratch, prompt: "a cat [fail]", "wait cat")
            #expect(result.status == 5, "stderr: \(result.stderr)")
            #expect(result.stderr.contains("PROVIDER_MODERATION_ERROR: TRADEMARK"), "stderr: \(result.stderr)")
        }
    }

    @Test func slowTaskTakesFiveTimesTheQueries() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await Self.run(sandbox, scratch, prompt: "a cat [slow]", "wait cat")
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(await Self.requests(sandbox, .query).count == 15)
        }
    }

    @Test func helpSandboxNamesEveryMarker() async throws {
        let help = try await GrokProcess.run(["help", "sandbox"])
        #expect(help.status == 0)
        for marker in PromptMarker.allCases {
            #expect(help.stdout.contains("  \(marker.rawValue)  "), "help sandbox explains \(marker.rawValue)")
        }
    }

    @Test func helpSandboxNamesEveryOptionOfTheSandbox() async throws {
        let help = try await GrokProcess.run(["help", "sandbox"])
        let options = try await GrokProcess.runProgram(try BuiltProduct.path("grok-sandbox").path, ["--help"])
        let names = options.stdout.split(whereSeparator: { " \n,[]".contains($0) }).filter { $0.hasPrefix("--") && $0 != "--help" }
        #expect(names.count > 10, "\(options.stdout)")
        for name in Set(names) {
            #expect(help.stdout.contains(String(name)), "help sandbox names \(name)")
        }
    }
}
