import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Issue 18, case 6: the rehearsal looks at the disk as the run will, so a run that would
/// fail on a file already there, a folder it cannot make or write, an image it cannot
/// upload, or two downloads to one path, fails before its first paid request.
@Suite struct DiskAtRehearsalTests {
    static let made = DownloadEndToEndTests.submitAndWait

    /// Runs `script` after `prepare`; returns the result and the requests the sandbox saw.
    static func run(_ script: String, _ prepare: (TemporaryDirectory) throws -> Void = { _ in }) async throws -> (GrokProcess.Result, [LoggedRequest]) {
        try await SandboxFixture.with { sandbox, scratch in
            try prepare(scratch)
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", script])
            return (result, await sandbox.requestLog())
        }
    }

    /// The case: `hello.grok` saved `out/cat.mp4`, then a batch (as `batch.grok` was
    /// written then) downloads its `cat` to that same path. It is refused whole, before its
    /// three creates. (The examples themselves now run in order: `ReadmeExamplesTests`.)
    @Test func aBatchThatWouldOverwriteHellosVideoSpendsNothing() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let examples = GrokProcess.packageRoot.appendingPathComponent("examples")
            for name in ["hello.grok", "batch.grok", "animals.txt"] {
                try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: scratch.url.appendingPathComponent(name))
            }
            let batch = try String(contentsOf: scratch.url.appendingPathComponent("batch.grok"), encoding: .utf8)
            let clashing = batch.replacingOccurrences(of: "out/batch/$animal.mp4", with: "out/$animal.mp4")
            #expect(clashing != batch, "batch.grok downloads to out/batch/")
            _ = try scratch.write("batch.grok", clashing)
            let hello = try await SandboxFixture.grok(sandbox, scratch, ["hello.grok"])
            #expect(hello.status == 0, "\(hello.stderr)")
            let before = await sandbox.requestLog().count
            let second = try await SandboxFixture.grok(sandbox, scratch, ["batch.grok"])
            #expect(second.status == 2, "\(second.stderr)")
            #expect(second.stderr.contains("error: 'out/cat.mp4' already exists"), "\(second.stderr)")
            #expect(await sandbox.requestLog().count == before, "nothing sent for a batch that would fail")
        }
    }

    @Test func aTargetThatExistsIsFoundBeforeTheCreate() async throws {
        let (result, log) = try await Self.run(Self.made + "; download cat to out/v.mp4") { scratch in
            _ = try scratch.write("out/v.mp4", "mine")
        }
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("error: 'out/v.mp4' already exists"), "\(result.stderr)")
        #expect(log.isEmpty)
    }

    @Test func overwriteOnLetsAnExistingTargetBeReplaced() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            _ = try scratch.write("out/v.mp4", "mine")
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", "set overwrite on; " + Self.made + "; download cat to out/v.mp4"])
            #expect(result.status == 0, "\(result.stderr)")
            let saved = try Data(contentsOf: scratch.url.appendingPathComponent("out/v.mp4"))
            #expect(saved.count > 8 && saved.dropFirst(4).prefix(4) == Data("ftyp".utf8), "the video replaced the file")
        }
    }

    @Test func aFolderUnderAFileIsFoundBeforeTheCreate() async throws {
        let (result, log) = try await Self.run(Self.made + "; download cat to notes.txt/out/v.mp4") { scratch in
            _ = try scratch.write("notes.txt", "a file, not a folder")
        }
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot create the directory: '"), "\(result.stderr)")
        #expect(result.stderr.contains("notes.txt' is not a directory"), "\(result.stderr)")
        #expect(log.isEmpty)
    }

    /// Root writes anywhere, so the permission check can fail only for another user.
    @Test(.enabled(if: getuid() != 0, "root may write in any folder"))
    func aFolderThatCannotBeWrittenIsFoundBeforeTheCreate() async throws {
        let (result, log) = try await Self.run(Self.made + "; download cat to locked/v.mp4") { scratch in
            try FileManager.default.createDirectory(atPath: scratch.path("locked"), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o555])
        }
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write in the directory: permission denied"), "\(result.stderr)")
        #expect(log.isEmpty)
    }

    @Test func anImageOfATypeTheAPIRefusesIsFoundBeforeTheCreate() async throws {
        let (result, log) = try await Self.run("let ext = txt; prompt 'a cat'; image notes.$ext; submit") { scratch in
            _ = try scratch.write("notes.txt", "not an image")
        }
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("has an extension the API does not accept"), "\(result.stderr)")
        #expect(log.isEmpty)
    }

    @Test func twoTasksToOnePathAreFoundBeforeTheCreates() async throws {
        let script = "prompt 'a'; image https://example.com/c.png; submit as a; submit as b; wait all; download a to v.mp4; download b to v.mp4"
        let (result, log) = try await Self.run(script)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("error: this run downloads twice to 'v.mp4' (first at line 1)"), "\(result.stderr)")
        #expect(log.isEmpty)
    }
}
