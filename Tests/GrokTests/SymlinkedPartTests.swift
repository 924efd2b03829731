import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Issue 18, case 1: whoever can write to the output folder cannot make grok write anywhere
/// else. A symlink where the `.part`, the `.part.info` or the target will be, or a directory
/// at the target, is refused before anything is sent (the rehearsal looks at the disk as
/// the download will: case 6); the file a symlink points to is left as it was. The client's
/// own refusal, for what appears after the rehearsal, is pinned in `DownloadPathTrustTests`.
@Suite struct SymlinkedPartTests {
    static let download = DownloadEndToEndTests.submitAndWait + "; download cat to d/v.mp4"
    static let notes = "my notes, which no download may touch\n"

    /// Runs `script` after `prepare` laid out the folder; returns the result and the victim's text.
    static func run(
        _ script: String = download, _ prepare: (TemporaryDirectory, String) throws -> Void,
        after: (TemporaryDirectory) -> Void = { _ in }
    ) async throws -> (GrokProcess.Result, notes: String?, requests: Int, targetIsLink: Bool) {
        try await SandboxFixture.with { sandbox, scratch in
            let victim = try scratch.write("home/notes.txt", notes)
            try FileManager.default.createDirectory(atPath: scratch.path("d"), withIntermediateDirectories: true)
            try prepare(scratch, victim)
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", script])
            let requests = await sandbox.requestLog().count
            after(scratch)
            return (result, try? String(contentsOfFile: victim, encoding: .utf8), requests, isSymlink(scratch.path("d/v.mp4")))
        }
    }

    static func isSymlink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    @Test func aSymlinkedPartIsRefusedAndItsTargetUntouched() async throws {
        let (result, notes, requests, _) = try await Self.run { scratch, victim in
            #expect(symlink(victim, scratch.path("d/v.mp4.part")) == 0)
        }
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("error: refusing to write 'd/v.mp4.part': it is a symbolic link"), "\(result.stderr)")
        #expect(result.stderr.contains("= hint: "), "\(result.stderr)")
        #expect(notes == Self.notes, "the symlink's target was written")
        #expect(requests == 0, "refused before anything was sent")
    }

    @Test func aSymlinkedPartRecordIsRefusedAndItsTargetUntouched() async throws {
        let (result, notes, requests, _) = try await Self.run { scratch, victim in
            #expect(symlink(victim, scratch.path("d/v.mp4.part.info")) == 0)
        }
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("error: refusing to write 'd/v.mp4.part.info': it is a symbolic link"), "\(result.stderr)")
        #expect(notes == Self.notes)
        #expect(requests == 0)
    }

    @Test(arguments: [false, true])
    func aSymlinkAtTheTargetIsRefusedBeforeTheDownload(overwrite: Bool) async throws {
        let script = (overwrite ? "set overwrite on; " : "") + Self.download
        let (result, notes, requests, targetIsLink) = try await Self.run(script) { scratch, victim in
            #expect(symlink(victim, scratch.path("d/v.mp4")) == 0)
        }
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("error: refusing to write 'd/v.mp4': it is a symbolic link"), "\(result.stderr)")
        #expect(notes == Self.notes)
        #expect(requests == 0)
        #expect(targetIsLink, "the link itself is left alone")
    }

    @Test func aDanglingSymlinkAtTheTargetIsRefusedBeforeTheDownload() async throws {
        var createdThroughLink = false
        let (result, _, requests, _) = try await Self.run { scratch, _ in
            #expect(symlink(scratch.path("home/new.txt"), scratch.path("d/v.mp4")) == 0)
        } after: { scratch in createdThroughLink = FileManager.default.fileExists(atPath: scratch.path("home/new.txt")) }
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("error: refusing to write 'd/v.mp4': it is a symbolic link"), "\(result.stderr)")
        #expect(requests == 0)
        #expect(!createdThroughLink, "nothing created through the link")
    }

    @Test func aDirectoryAtTheTargetIsRefusedBeforeTheDownloadEvenWithOverwrite() async throws {
        let (result, _, requests, _) = try await Self.run("set overwrite on; " + Self.download) { scratch, _ in
            try FileManager.default.createDirectory(atPath: scratch.path("d/v.mp4"), withIntermediateDirectories: true)
        }
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("error: refusing to write 'd/v.mp4': it is a directory"), "\(result.stderr)")
        #expect(requests == 0)
    }
}
