import Foundation
import TestSupport
import GrokSandbox
import Testing

/// `show curl` for every call prints a line that works verbatim: each is run with the real
/// curl against the sandbox, the key supplied only by the shell as `$JIMMYAI_API_KEY`.
@Suite(.serialized) struct ShowCurlTests {
    @Test func everyCallPrintedRunsVerbatimWithCurl() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            _ = try scratch.write("cat.png", "not really a png\n")
            let made = try await SandboxFixture.grok(sandbox, scratch, [
                "-e", "set poll-interval 100ms; prompt \"a cat\"; image https://example.com/cat.png; submit as cat; wait cat",
            ])
            #expect(made.status == 0, "\(made.stderr)")

            let status = try await curl(printedBy: "show curl status cat", sandbox: sandbox, scratch: scratch)
            #expect(status.contains("sbx-task-000001") && status.contains("completed"), "\(status)")

            _ = try await curl(printedBy: "show curl download cat", sandbox: sandbox, scratch: scratch)
            let video = try Data(contentsOf: scratch.url.appendingPathComponent("cat.mp4"))
            #expect(String(decoding: video.prefix(12), as: UTF8.self).contains("ftyp"), "an MP4 was saved")

            let upload = try await curl(printedBy: "show curl upload cat.png", sandbox: sandbox, scratch: scratch)
            #expect(upload.contains("\"url\""), "\(upload)")

            let balance = try await curl(printedBy: "show curl balance", sandbox: sandbox, scratch: scratch)
            #expect(balance.components(separatedBy: "\"code\"").count == 3, "two answers: \(balance)")
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
    private func curl(printedBy command: String, sandbox: Sandbox, scratch: TemporaryDirectory) async throws -> String {
        let shown = try await SandboxFixture.grok(sandbox, scratch, ["-e", command])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("curl "), "\(shown.stdout)")
        #expect(shown.stdout.contains("$JIMMYAI_API_KEY") || command.contains("download"))
        #expect(!shown.stdout.contains(SandboxFixture.fakeKey))
        let output = scratch.path("curl-output")
        FileManager.default.createFile(atPath: output, contents: nil)
        let pid = try ChildProcess.spawn(
            "/bin/sh", arguments: ["-c", shown.stdout],
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "JIMMYAI_API_KEY": SandboxFixture.fakeKey],
            directory: scratch.url.path, stdin: .file("/dev/null"), stdout: .file(output), stderr: .file("/dev/null"))
        #expect(await ChildProcess.wait(pid) == 0, "curl exits 0 for: \(shown.stdout)")
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }
}
