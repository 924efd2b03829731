import Foundation
import Testing
import TestSupport
@testable import GrokCore

/// What the client and the rehearsal both look at before a download (issue 18, cases 6 and
/// 12): the target and its folder, without making anything, and whether a file there is the
/// video the journal recorded as saved there.
@Suite struct DownloadTargetTests {
    /// `ftyp` at byte 4, padded to `length` bytes: what a saved MP4 starts with.
    static func video(length: Int) -> String {
        "\0\0\0\u{18}ftypisom" + String(repeating: "v", count: length - 12)
    }

    @Test func nothingThereIsFoundWithoutMakingTheFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        #expect(try DownloadTarget.inspect(dir.path("a/b/v.mp4")) == .nothing)
        #expect(!FileManager.default.fileExists(atPath: dir.path("a")), "inspecting makes no folder")
    }

    @Test func aFileThereIsFoundWithItsLength() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("v.mp4", "12345")
        #expect(try DownloadTarget.inspect(path) == .file(bytes: 5))
    }

    @Test func aFolderUnderAFileIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try dir.write("notes.txt", "a file")
        #expect(throws: GrokError.fileSystem(path: dir.path("notes.txt/out"),
                                             reason: "cannot create the directory: '\(dir.path("notes.txt"))' is not a directory")) {
            try DownloadTarget.inspect(dir.path("notes.txt/out/v.mp4"))
        }
    }

    @Test func aSymlinkedPartIsRefusedWhateverTheTarget() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        #expect(symlink(dir.path("elsewhere"), dir.path("v.mp4.part")) == 0)
        #expect(throws: GrokError.unsafeDownloadPath(path: dir.path("v.mp4.part"), reason: "it is a symbolic link")) {
            try DownloadTarget.inspect(dir.path("v.mp4"))
        }
    }

    @Test func theJournalKnowsAVideoSavedThereUnchanged() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url.appendingPathComponent("state"))
        let path = try dir.write("out/v.mp4", Self.video(length: 100))
        try await journal.record(.downloaded(taskID: "t1", path: path, bytes: 100, time: Date()), origin: .testServer)
        #expect(try await journal.savedVideo(of: "t1", at: path, on: .testServer) == 100)
        #expect(try await journal.savedVideo(of: "t2", at: path, on: .testServer) == nil, "another task")
        #expect(try await journal.savedVideo(of: "t1", at: path, on: ServerOrigin(text: "https://other:443")) == nil, "another server")
        #expect(try await journal.savedVideo(of: "t1", at: dir.path("out/w.mp4"), on: .testServer) == nil, "another path")
    }

    @Test(arguments: ["longer", "shorter", "not a video"])
    func aFileChangedSinceIsNotTheVideo(change: String) async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url.appendingPathComponent("state"))
        let path = try dir.write("out/v.mp4", Self.video(length: 100))
        try await journal.record(.downloaded(taskID: "t1", path: path, bytes: 100, time: Date()), origin: .testServer)
        switch change {
        case "longer": _ = try dir.write("out/v.mp4", Self.video(length: 101))
        case "shorter": _ = try dir.write("out/v.mp4", Self.video(length: 99))
        default: _ = try dir.write("out/v.mp4", String(repeating: "x", count: 100))
        }
        #expect(try await journal.savedVideo(of: "t1", at: path, on: .testServer) == nil)
    }

    @Test func aSymlinkToTheVideoIsNotTheVideo() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = try Journal(directory: dir.url.appendingPathComponent("state"))
        let real = try dir.write("real.mp4", Self.video(length: 100))
        try FileManager.default.createDirectory(atPath: dir.path("out"), withIntermediateDirectories: true)
        #expect(symlink(real, dir.path("out/v.mp4")) == 0)
        try await journal.record(.downloaded(taskID: "t1", path: dir.path("out/v.mp4"), bytes: 100, time: Date()), origin: .testServer)
        #expect(try await journal.savedVideo(of: "t1", at: dir.path("out/v.mp4"), on: .testServer) == nil)
    }
}
