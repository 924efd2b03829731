import Foundation
import GrokSandbox
import Testing
import TestSupport

/// `--record FILE.md` and `record FILE.md`: a Markdown handout of a session against the
/// sandbox, whose curl lines are then run with the real curl against the same sandbox (which
/// accepts the test's key only, given by the shell) and succeed; its fences all close; the
/// key is nowhere in it.
@Suite(.serialized) struct HandoutTests {
    static let keyed = SandboxConfiguration(apiKey: SandboxFixture.fakeKey, taskPace: .queries(3))
    static let session = """
        set poll-interval 100ms
        prompt "a cat"; image cat.png; duration 10
        submit as cat
        wait cat
        download cat
        echo "a fence ``` inside"
        balance
        """

    @Test func theCurlLinesOfARecordedSessionWorkAgainstTheSameSandbox() async throws {
        try await SandboxFixture.with(Self.keyed) { sandbox, scratch in
            _ = try scratch.write("cat.png", "not really a png\n")
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--record", "notes.md", "-e", Self.session])
            #expect(result.status == 0, "\(result.stderr)")
            let markdown = try String(contentsOfFile: scratch.path("notes.md"), encoding: .utf8)
            #expect(!markdown.contains(SandboxFixture.fakeKey))
            let blocks = try Self.fencedBlocks(markdown)
            #expect(blocks.contains { $0.info == "grok" && $0.text == "submit as cat" }, "each entry as a block")
            #expect(blocks.contains { $0.info == "text" && $0.text.hasPrefix("submitted cat (sbx-task-000001)") }, "what it printed")
            #expect(blocks.contains { $0.fence.count > 3 && $0.text == "a fence ``` inside" }, "a longer fence around backticks")
            #expect(blocks.contains { $0.info == "json" && $0.text.contains(#""task_id": "sbx-task-000001""#) }, "the answers")

            let curls = blocks.filter { $0.info == "sh" }.map(\.text)
            // upload, create, three queries, the video, two balances
            #expect(curls.count == 8, "\(curls)")
            #expect(curls.allSatisfy { $0.hasPrefix("curl ") && $0.contains("$JIMMYAI_API_KEY") }, "\(curls)")
            await sandbox.clearLog()
            try FileManager.default.removeItem(atPath: scratch.path("cat.mp4"))
            for line in curls {
                let output = try await Self.run(line, sandbox: sandbox, scratch: scratch)
                #expect(output.status == 0, "curl exits 0: \(line)")
                if !line.contains(" -o ") { #expect(output.text.contains(#""code":"20000""#), "\(line): \(output.text)") }
            }
            let video = try Data(contentsOf: scratch.url.appendingPathComponent("sbx-task-000001.mp4"))
            #expect(String(decoding: video.prefix(12), as: UTF8.self).contains("ftyp"), "the video was fetched")
            let log = await sandbox.requestLog()
            #expect(log.count == 8 && log.allSatisfy { $0.status == 200 }, "\(log.map(\.summary))")
            #expect(await sandbox.tasks().count == 2, "the create line made a second task")
        }
    }

    @Test func recordOffStopsAndAFileThatCannotBeWrittenIsAnError() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", "record a.md; balance; record off; echo after; balance"])
            #expect(result.status == 0, "\(result.stderr)")
            let markdown = try String(contentsOfFile: scratch.path("a.md"), encoding: .utf8)
            #expect(markdown.contains("Exchange #2:") && !markdown.contains("Exchange #3:"), "\(markdown)")
            #expect(!markdown.contains("after") && !markdown.contains("record"), "\(markdown)")

            let refused = try await SandboxFixture.grok(sandbox, scratch, ["-e", "record no/such/dir/a.md; balance"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("error: cannot write the handout 'no/such/dir/a.md'"), "\(refused.stderr)")
        }
    }

    // MARK: Reading the handout

    struct Block {
        let fence: String
        let info: String
        let text: String
    }

    /// The fenced blocks as a CommonMark reader finds them: a block closes only at a line
    /// of at least as many backticks as opened it. An unclosed block fails the test.
    static func fencedBlocks(_ markdown: String) throws -> [Block] {
        var blocks: [Block] = []
        var open: (fence: String, info: String, lines: [String])?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let current = open {
                let ticks = line.prefix { $0 == "`" }
                if ticks.count >= current.fence.count, ticks.count == line.count {
                    blocks.append(Block(fence: current.fence, info: current.info, text: current.lines.joined(separator: "\n")))
                    open = nil
                } else {
                    open?.lines.append(line)
                }
            } else if line.hasPrefix("```") {
                let fence = String(line.prefix { $0 == "`" })
                open = (fence, String(line.dropFirst(fence.count)), [])
            }
        }
        try #require(open == nil, "every block closes")
        return blocks
    }

    /// A curl line run by `sh` in the scratch folder with the key and base URL exported.
    static func run(_ line: String, sandbox: Sandbox, scratch: TemporaryDirectory) async throws -> (status: Int32, text: String) {
        let output = scratch.path("curl-output")
        FileManager.default.createFile(atPath: output, contents: nil)
        let pid = try ChildProcess.spawn(
            "/bin/sh", arguments: ["-c", line],
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                          "JIMMYAI_API_KEY": SandboxFixture.fakeKey, "JIMMYAI_BASE_URL": sandbox.baseURL.absoluteString],
            directory: scratch.url.path, stdin: .file("/dev/null"), stdout: .file(output), stderr: .file("/dev/null"))
        let status = await ChildProcess.wait(pid)
        return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }
}
