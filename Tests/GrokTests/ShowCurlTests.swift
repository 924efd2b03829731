import Foundation
import TestSupport
import GrokSandbox
import Testing

/// `show curl` for every call prints a line that works verbatim: each is run with the real
/// curl against a sandbox that accepts the test's key only, the key supplied only by the
/// shell as `$JIMMYAI_API_KEY`, so a line that sent it wrongly would be refused.
@Suite(.serialized) struct ShowCurlTests {
    static let keyed = SandboxConfiguration(apiKey: SandboxFixture.fakeKey, taskPace: .queries(3))
    static let success = #""code":"20000""#

    @Test func everyCallPrintedRunsVerbatimWithCurl() async throws {
        try await SandboxFixture.with(Self.keyed) { sandbox, scratch in
            _ = try scratch.write("cat.png", "not really a png\n")
            let made = try await SandboxFixture.grok(sandbox, scratch, [
                "-e", "set poll-interval 100ms; prompt \"a cat\"; image https://example.com/cat.png; submit as cat; wait cat",
            ])
            #expect(made.status == 0, "\(made.stderr)")

            let status = try await curl(printedBy: "show curl status cat", sandbox: sandbox, scratch: scratch)
            #expect(status.contains(Self.success) && status.contains("sbx-task-000001") && status.contains("completed"), "\(status)")

            _ = try await curl(printedBy: "show curl download cat", sandbox: sandbox, scratch: scratch)
            let video = try Data(contentsOf: scratch.url.appendingPathComponent("cat.mp4"))
            #expect(String(decoding: video.prefix(12), as: UTF8.self).contains("ftyp"), "an MP4 was saved")

            let upload = try await curl(printedBy: "show curl upload cat.png", sandbox: sandbox, scratch: scratch)
            #expect(upload.contains(Self.success) && upload.contains("\"url\""), "\(upload)")

            let balance = try await curl(printedBy: "show curl balance", sandbox: sandbox, scratch: scratch)
            #expect(balance.components(separatedBy: Self.success).count == 3, "two answers: \(balance)")
            let refused = await sandbox.requestLog().filter { $0.status == 401 }
            #expect(refused.isEmpty, "\(refused.map(\.summary))")
        }
    }

    /// The create's own line: with the key it makes a task from the very body `submit`
    /// sends; with another key in `$JIMMYAI_API_KEY` the sandbox refuses it and makes none.
    @Test func theCreateLineMakesTheSameTaskAndNeedsTheKey() async throws {
        try await SandboxFixture.with(Self.keyed) { sandbox, scratch in
            let draft = "prompt \"it's a cat\"; image https://example.com/cat.png; ratio 1:1; duration 15"
            let submitted = try await SandboxFixture.grok(sandbox, scratch, ["-e", draft + "; submit as cat"])
            #expect(submitted.status == 0, "\(submitted.stderr)")

            let made = try await curl(printedBy: draft + "; show curl", sandbox: sandbox, scratch: scratch)
            #expect(made.contains(Self.success) && made.contains("sbx-task-000002"), "\(made)")
            let creates = await sandbox.requestLog().filter { $0.endpoint == .create }
            #expect(creates.map(\.status) == [200, 200])
            #expect(creates.count == 2 && creates[0].body == creates[1].body,
                    "curl sent what submit sent: \(creates.map { String(decoding: $0.body, as: UTF8.self) })")
            let tasks = await sandbox.tasks()
            #expect(tasks.count == 2 && tasks[1].prompt == "it's a cat" && tasks[1].ratio == "1:1" && tasks[1].duration == 15, "\(tasks)")

            let refused = try await curl(printedBy: draft + "; show curl", sandbox: sandbox, scratch: scratch, key: "fake-wrong-key-0000")
            #expect(refused.contains(#""code":"20001""#), "\(refused)")
            #expect(await sandbox.tasks().count == 2, "no task made with another key")
        }
    }

    @Test func downloadOfATaskWithNoVideoYetSaysToWaitFirst() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, [
                "-e", "prompt \"a cat\"; image https://example.com/cat.png; submit as cat; show curl download cat",
            ])
            #expect(result.status == 1)
            #expect(result.stderr.contains("wait for it first: wait cat"), "\(result.stderr)")
        }
    }

    /// The line `show curl …` prints, run by `sh` in the scratch directory; its output.
    private func curl(printedBy command: String, sandbox: Sandbox, scratch: TemporaryDirectory,
                      key: String = SandboxFixture.fakeKey) async throws -> String {
        let shown = try await SandboxFixture.grok(sandbox, scratch, ["-e", command])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("curl "), "\(shown.stdout)")
        #expect(shown.stdout.contains("$JIMMYAI_API_KEY") || command.contains("download"))
        #expect(!shown.stdout.contains(SandboxFixture.fakeKey))
        let output = scratch.path("curl-output")
        FileManager.default.createFile(atPath: output, contents: nil)
        let pid = try ChildProcess.spawn(
            "/bin/sh", arguments: ["-c", shown.stdout],
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "JIMMYAI_API_KEY": key],
            directory: scratch.url.path, stdin: .file("/dev/null"), stdout: .file(output), stderr: .file("/dev/null"))
        #expect(await ChildProcess.wait(pid) == 0, "curl exits 0 for: \(shown.stdout)")
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }
}
