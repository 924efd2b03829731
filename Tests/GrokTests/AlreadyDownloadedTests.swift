import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Issue 18, case 12: downloading again a video the journal records as saved at that path,
/// still there and unchanged, says `already downloaded` and exits 0, fetching nothing; a
/// file that changed since, or a record of another server's task, does not count.
@Suite struct AlreadyDownloadedTests {
    static let download = "download cat to out/v.mp4"

    @Test func aSecondRunFindsTheVideoSavedAndSendsNothing() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let first = try await SandboxFixture.grok(sandbox, scratch, ["-e", DownloadEndToEndTests.submitAndWait + "; " + Self.download])
            #expect(first.status == 0, "\(first.stderr)")
            let before = await sandbox.requestLog().count
            let again = try await SandboxFixture.grok(sandbox, scratch, ["-e", Self.download + "; echo $file"])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "already downloaded out/v.mp4 (41.0 KiB, unchanged)\nout/v.mp4\n", "\(again.stdout)")
            #expect(await sandbox.requestLog().count == before, "no query, no video request")
        }
    }

    @Test func aFileChangedSinceIsNotTheVideo() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let first = try await SandboxFixture.grok(sandbox, scratch, ["-e", DownloadEndToEndTests.submitAndWait + "; " + Self.download])
            #expect(first.status == 0, "\(first.stderr)")
            let handle = try FileHandle(forWritingTo: scratch.url.appendingPathComponent("out/v.mp4"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("edited".utf8))
            try handle.close()
            let again = try await SandboxFixture.grok(sandbox, scratch, ["-e", Self.download])
            #expect(again.status == 2, "\(again.stderr)")
            #expect(again.stderr.contains("error: 'out/v.mp4' already exists"), "\(again.stderr)")
            let kept = try Data(contentsOf: scratch.url.appendingPathComponent("out/v.mp4"))
            #expect(kept.suffix(6) == Data("edited".utf8), "the file is left as the user made it")
        }
    }

    /// Two sandboxes hand out the same id: the video saved from A's `sbx-task-000001` is not
    /// B's task of that id, so on B the download is refused as a file already there.
    @Test func aVideoSavedFromAnotherServerDoesNotCount() async throws {
        try await SandboxFixture.with { a, scratch in
            try await SandboxFixture.with { b, _ in
                let draft = DownloadEndToEndTests.submitAndWait
                let onA = try await SandboxFixture.grok(a, scratch, ["-e", draft + "; download sbx-task-000001 to out/v.mp4"])
                #expect(onA.status == 0, "\(onA.stderr)")
                let onB = try await SandboxFixture.grok(b, scratch, ["-e", draft])
                #expect(onB.stdout.contains("sbx-task-000001"), "\(onB.stderr)")
                let again = try await SandboxFixture.grok(b, scratch, ["-e", "download sbx-task-000001 to out/v.mp4"])
                #expect(again.status == 2, "\(again.stderr)")
                #expect(again.stderr.contains("error: 'out/v.mp4' already exists"), "\(again.stderr)")
            }
        }
    }

    /// `grok check` reads the journal a run would: the saved video is no download in its plan.
    @Test func checkSeesTheVideoSaved() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let first = try await SandboxFixture.grok(sandbox, scratch, ["-e", DownloadEndToEndTests.submitAndWait + "; " + Self.download])
            #expect(first.status == 0, "\(first.stderr)")
            let checked = try await SandboxFixture.grok(sandbox, scratch, ["check", "-"], stdin: Self.download + "\n")
            #expect(checked.status == 0, "\(checked.stderr)")
            #expect(checked.stdout == "plan: 0 paid tasks, 0 uploads, 0 downloads\n", "\(checked.stdout)")
        }
    }
}
