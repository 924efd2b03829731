import Foundation
import Testing
import TestSupport

/// One cap on every value, written or computed (SPEC §3.2): a prompt written 2 MiB long is
/// refused by `check` and by a run before anything is sent, and so is one read from a file.
@Suite struct ValueCapTests {
    static let huge = String(repeating: "a", count: 2 << 20)

    @Test func aHugeWrittenValueIsRefusedByCheckAndRunAlike() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let script = "prompt \"\(Self.huge)\"\nimage https://example.com/cat.png\nsubmit\n"
            try script.write(toFile: scratch.path("huge.grok"), atomically: true, encoding: .utf8)
            let check = try await SandboxFixture.grok(sandbox, scratch, ["check", "huge.grok"])
            #expect(check.status == 2)
            #expect(check.stderr.hasPrefix("error: this value is larger than 1.0 MiB\n  --> huge.grok:1:8"), "\(check.stderr.prefix(300))")
            #expect(check.stderr.contains("= hint: every value, written or computed, is limited to 1.0 MiB"))
            let run = try await SandboxFixture.grok(sandbox, scratch, ["huge.grok"])
            #expect(run.status == 2)
            #expect(await sandbox.requestLog().isEmpty)
        }
    }

    @Test func aHugeLineReadFromAFileIsRefusedBeforeAnythingIsSent() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try (Self.huge + "\n").write(toFile: scratch.path("prompts.txt"), atomically: true, encoding: .utf8)
            let script = "image https://example.com/cat.png\nfor p in lines prompts.txt {\n  prompt $p\n  submit\n}\n"
            try script.write(toFile: scratch.path("lines.grok"), atomically: true, encoding: .utf8)
            let run = try await SandboxFixture.grok(sandbox, scratch, ["lines.grok"])
            #expect(run.status == 2)
            #expect(run.stderr.contains("this value would be larger than 1.0 MiB"), "\(run.stderr.prefix(400))")
            #expect(await sandbox.requestLog().isEmpty)
        }
    }
}

/// `for … in lines` reads files up to 16 MiB, and says so before reading a larger one.
@Suite struct LinesFileCapTests {
    @Test func aFileOverTheCapIsRefusedBeforeItIsRead() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            // Sparse: 17 MiB on paper, nothing on disk.
            let handle = try #require(FileHandle(forWritingAtPath: scratch.path("big.txt")) ?? {
                FileManager.default.createFile(atPath: scratch.path("big.txt"), contents: nil)
                return FileHandle(forWritingAtPath: scratch.path("big.txt"))
            }())
            try handle.truncate(atOffset: 17 << 20)
            try handle.close()
            try "for p in lines big.txt {\n  echo $p\n}\n".write(toFile: scratch.path("big.grok"), atomically: true, encoding: .utf8)
            let check = try await SandboxFixture.grok(sandbox, scratch, ["check", "big.grok"])
            #expect(check.status == 2)
            #expect(check.stderr.contains("is larger than 16.0 MiB, the most 'lines' reads"), "\(check.stderr)")
            #expect(check.stderr.contains("--> big.grok:1:16"), "\(check.stderr)")
        }
    }
}
