import Foundation
import GrokSandbox
import Testing
import TestSupport
@testable import GrokCore

/// Issue 18, case 1: a download writes only regular files it opened itself. What someone
/// else put where the `.part`, its record or the target will be (a symlink, a hard link, a
/// FIFO, a directory) is refused before the first byte of the video is fetched, and whatever
/// a symlink points to is left as it was.
@Suite struct DownloadPathTrustTests {
    static let notes = "my notes, which no download may touch\n"

    /// Lays out a folder with `prepare`, downloads a finished video to `v.mp4` in it, and
    /// returns the error, the victim's text afterwards and how many video requests were sent.
    static func refused(
        overwrite: Bool = false, _ prepare: (TemporaryDirectory, _ victim: String) throws -> Void
    ) async throws -> (error: GrokError?, notes: String?, videoRequests: Int, dir: TemporaryDirectory) {
        let dir = try TemporaryDirectory()
        let victim = try dir.write("home/notes.txt", notes)
        try prepare(dir, victim)
        return try await SandboxHarness.run(.init(taskDuration: .zero)) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            let error = await expectGrokError {
                _ = try await harness.client.download(from: url, to: dir.path("v.mp4"), overwrite: overwrite)
            }
            return (error, try? String(contentsOfFile: victim, encoding: .utf8), await harness.log(.video).count, dir)
        }
    }

    @Test(arguments: [false, true])
    func aSymlinkedPartIsRefused(overwrite: Bool) async throws {
        let (error, notes, videoRequests, dir) = try await Self.refused(overwrite: overwrite) { dir, victim in
            #expect(symlink(victim, dir.path("v.mp4.part")) == 0)
        }
        defer { dir.remove() }
        #expect(error?.description == "refusing to write '\(dir.path("v.mp4.part"))': it is a symbolic link")
        #expect(error?.hint?.isEmpty == false)
        #expect(error?.exitStatus == .runtimeError)
        #expect(notes == Self.notes)
        #expect(videoRequests == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.path("v.mp4")))
    }

    @Test func aSymlinkedPartRecordIsRefused() async throws {
        let (error, notes, videoRequests, dir) = try await Self.refused { dir, victim in
            #expect(symlink(victim, dir.path("v.mp4.part.info")) == 0)
        }
        defer { dir.remove() }
        #expect(error?.description == "refusing to write '\(dir.path("v.mp4.part.info"))': it is a symbolic link")
        #expect(notes == Self.notes)
        #expect(videoRequests == 0)
    }

    @Test func aPartWithAnotherHardLinkIsRefused() async throws {
        let (error, notes, videoRequests, dir) = try await Self.refused { dir, victim in
            #expect(link(victim, dir.path("v.mp4.part")) == 0)
        }
        defer { dir.remove() }
        #expect(error?.description == "refusing to write '\(dir.path("v.mp4.part"))': it has another hard link")
        #expect(notes == Self.notes)
        #expect(videoRequests == 0)
    }

    @Test func aPartThatIsAFIFOIsRefused() async throws {
        let (error, _, videoRequests, dir) = try await Self.refused { dir, _ in
            #expect(mkfifo(dir.path("v.mp4.part"), 0o644) == 0)
        }
        defer { dir.remove() }
        #expect(error?.description == "refusing to write '\(dir.path("v.mp4.part"))': it is not a regular file")
        #expect(videoRequests == 0)
    }

    @Test(arguments: [false, true])
    func aDanglingSymlinkAtTheTargetIsRefusedBeforeTheDownload(overwrite: Bool) async throws {
        let (error, _, videoRequests, dir) = try await Self.refused(overwrite: overwrite) { dir, _ in
            #expect(symlink(dir.path("home/new.txt"), dir.path("v.mp4")) == 0)
        }
        defer { dir.remove() }
        #expect(error?.description == "refusing to write '\(dir.path("v.mp4"))': it is a symbolic link")
        #expect(videoRequests == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.path("home/new.txt")))
    }

    @Test func aDirectoryAtTheTargetIsRefusedBeforeTheDownloadEvenWithOverwrite() async throws {
        let (error, _, videoRequests, dir) = try await Self.refused(overwrite: true) { dir, _ in
            try FileManager.default.createDirectory(atPath: dir.path("v.mp4"), withIntermediateDirectories: true)
        }
        defer { dir.remove() }
        #expect(error?.description == "refusing to write '\(dir.path("v.mp4"))': it is a directory")
        #expect(videoRequests == 0)
    }

    @Test func aRegularPartAndRecordStillResume() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: 2_000_000), retries: 0) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            await harness.sandbox.inject([.dropConnection], on: .video)
            _ = await expectGrokError { _ = try await harness.client.download(from: url, to: dir.path("v.mp4")) }
            let kept = try #require(PartialFile.size(of: dir.path("v.mp4.part")))
            await PartLockRelease.wait(for: dir.path("v.mp4.part"))
            let result = try await harness.client.download(from: url, to: dir.path("v.mp4"))
            #expect(result.resumedFrom == kept)
            #expect(result.bytes == 2_000_000)
        }
    }

    // The files themselves are opened without following links, whatever was checked before
    // (a link swapped in after the checks is refused too).

    @Test func thePartIsOpenedWithoutFollowingALink() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let victim = try dir.write("notes.txt", Self.notes)
        #expect(symlink(victim, dir.path("v.mp4.part")) == 0)
        #expect(throws: GrokError.unsafeDownloadPath(path: dir.path("v.mp4.part"), reason: "it is a symbolic link")) {
            _ = try PartialFile.lock(dir.path("v.mp4.part"), target: dir.path("v.mp4"))
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.notes)
    }

    @Test func theRecordIsNeitherWrittenNorReadThroughALink() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let record = PartialRecord(taskID: "t", url: "https://x.test/v.mp4", total: 10)
        let victim = try dir.write("notes.txt", Self.notes)
        #expect(symlink(victim, dir.path("v.mp4.part.info")) == 0)
        #expect(throws: GrokError.unsafeDownloadPath(path: dir.path("v.mp4.part.info"), reason: "it is a symbolic link")) {
            try record.save(to: dir.path("v.mp4.part.info"))
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.notes)

        try record.save(to: dir.path("real.info"))
        #expect(PartialRecord.load(from: dir.path("real.info")) == record)
        #expect(symlink(dir.path("real.info"), dir.path("linked.info")) == 0)
        #expect(PartialRecord.load(from: dir.path("linked.info")) == nil, "a record is never read through a link")
    }

    @Test func aLinkPutAtTheTargetDuringTheDownloadIsNotReplaced() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let victim = try dir.write("notes.txt", Self.notes)
        var part = try PartialFile.lock(dir.path("v.mp4.part"), target: dir.path("v.mp4"))
        defer { part.close() }
        #expect(symlink(victim, dir.path("v.mp4")) == 0)
        #expect(throws: GrokError.unsafeDownloadPath(path: dir.path("v.mp4"), reason: "it is a symbolic link")) {
            try part.moveIntoPlace(target: dir.path("v.mp4"), overwrite: true)
        }
        var info = stat()
        #expect(lstat(dir.path("v.mp4"), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.notes)
    }
}
