import Foundation
import GrokSandbox
import Testing
import TestSupport
@testable import GrokCore

/// A part whose record knows the video by its `Last-Modified` date only (a server that sends
/// no strong ETag): the date goes as `If-Range`, a part of a video whose date changed is
/// never continued, and a part whose date still holds is. The part's bytes are the clean
/// video's start with one byte changed, as an older version's would be, so a part continued
/// by mistake shows in the file.
@Suite struct LastModifiedTests {
    static let videoSize = 300_000, partSize = 100_000
    static let olderDate = "Mon, 01 Jan 2001 00:00:00 GMT"

    struct Setup {
        let url: URL
        let target: String
        let clean: Data
        /// The video's `Last-Modified` as the sandbox sends it.
        let lastModified: String
    }

    /// A finished task's video downloaded whole for reference, then a part and its record at
    /// another target, the record holding `lastModified` (the real date when nil) and no ETag.
    static func prepare(_ harness: SandboxHarness, _ dir: TemporaryDirectory, lastModified: String?) async throws -> Setup {
        let url = try await FaultTests.finishedVideoURL(harness)
        _ = try await harness.client.download(from: url, to: dir.path("clean.mp4"))
        let clean = try Data(contentsOf: URL(fileURLWithPath: dir.path("clean.mp4")))
        let (head, _, _) = try await harness.client.transport.stream(OutgoingRequest(method: "HEAD", url: url), timeout: .seconds(60))
        let served = try #require(head.headers.first(name: "Last-Modified"))
        let target = dir.path("v.mp4")
        var part = clean.prefix(partSize)
        part[partSize - 1] ^= 0xFF
        try part.write(to: URL(fileURLWithPath: target + ".part"))
        try PartialRecord(taskID: nil, url: url.absoluteString, etag: nil, lastModified: lastModified ?? served,
                          total: Int64(videoSize)).save(to: target + ".part.info")
        await harness.sandbox.clearLog()
        return Setup(url: url, target: target, clean: clean, lastModified: served)
    }

    @Test func theDateGoesAsIfRangeAndAChangedVideoIsFetchedWhole() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: Self.videoSize)) { harness in
            let setup = try await Self.prepare(harness, dir, lastModified: Self.olderDate)
            let result = try await harness.client.download(from: setup.url, to: setup.target)
            let video = await harness.log(.video)
            #expect(video.map(\.range) == ["bytes=\(Self.partSize)-"])
            #expect(video.map(\.ifRange) == [Self.olderDate], "the record's date, as If-Range")
            #expect(result.resumedFrom == 0, "the server's 200 replaced the part")
            #expect(try Data(contentsOf: URL(fileURLWithPath: setup.target)) == setup.clean)
        }
    }

    /// A server that does not honour `If-Range` answers the part of a changed video with a
    /// 206: its new date alone says the part is of another version.
    @Test func aPartialAnswerWithAnotherDateIsNeverContinued() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: Self.videoSize), retries: 1) { harness in
            let setup = try await Self.prepare(harness, dir, lastModified: Self.olderDate)
            await harness.sandbox.inject([.ignoringIfRange], on: .video)
            let result = try await harness.client.download(from: setup.url, to: setup.target)
            #expect(await harness.log(.video).map(\.range) == ["bytes=\(Self.partSize)-", nil], "refused, then all of it")
            #expect(result.resumedFrom == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: setup.target)) == setup.clean)
        }
    }

    @Test func withNoRetryLeftTheChangedDateIsTheError() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: Self.videoSize), retries: 0) { harness in
            let setup = try await Self.prepare(harness, dir, lastModified: Self.olderDate)
            await harness.sandbox.inject([.ignoringIfRange], on: .video)
            let error = await expectGrokError { _ = try await harness.client.download(from: setup.url, to: setup.target) }
            #expect(error == .downloadInconsistent(.lastModifiedChanged(from: Self.olderDate, to: setup.lastModified)))
            #expect(error?.description == "the server's answers do not fit together: the video changed since the part was saved: "
                    + "its Last-Modified changed from \(Self.olderDate) to \(setup.lastModified)")
            #expect(!FileManager.default.fileExists(atPath: setup.target))
        }
    }

    /// The date still holds: the part is continued from its end (its changed byte then stays,
    /// which is how a part of the same version is trusted).
    @Test func aPartWhoseDateHoldsIsResumed() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: Self.videoSize)) { harness in
            let setup = try await Self.prepare(harness, dir, lastModified: nil)
            let result = try await harness.client.download(from: setup.url, to: setup.target)
            let video = await harness.log(.video)
            #expect(video.map(\.range) == ["bytes=\(Self.partSize)-"])
            #expect(video.map(\.ifRange) == [setup.lastModified])
            #expect(result.resumedFrom == Int64(Self.partSize))
            let data = try Data(contentsOf: URL(fileURLWithPath: setup.target))
            #expect(data.count == Self.videoSize)
            #expect(data.suffix(from: Self.partSize) == setup.clean.suffix(from: Self.partSize))
        }
    }
}
