import Foundation
import GrokSandbox
import Testing
import TestSupport
@testable import GrokCore

/// Issue 10: a download never ends as a wrong file, never has two writers, and never loops.
@Suite struct DownloadTrustTests {
    @Test func aPartOfAnotherTaskIsNeverResumed() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: 2_000_000), retries: 0) { harness in
            let one = try await FaultTests.finishedVideoURL(harness)
            let two = try await FaultTests.finishedVideoURL(harness)
            let target = dir.path("v.mp4")
            await harness.sandbox.inject([.dropConnection], on: .video)
            _ = await expectGrokError { _ = try await harness.client.download(from: one, to: target, taskID: "one") }
            #expect((PartialFile.size(of: target + ".part") ?? 0) > 0)
            #expect(PartialRecord.load(from: target + ".part.info")?.taskID == "one")

            await harness.sandbox.clearLog()
            let result = try await harness.client.download(from: two, to: target, taskID: "two")
            #expect(result.resumedFrom == 0)
            #expect(await harness.log(.video).map(\.range) == [nil], "the whole video of task two, no Range")
            #expect(!FileManager.default.fileExists(atPath: target + ".part.info"))
        }
    }

    @Test func aPartWithNoRecordIsNeverResumed() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero)) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            let target = dir.path("v.mp4")
            try dir.write("v.mp4.part", "bytes of something else entirely")
            let result = try await harness.client.download(from: url, to: target)
            #expect(result.resumedFrom == 0)
            #expect(await harness.log(.video).map(\.range) == [nil])
            let data = try Data(contentsOf: URL(fileURLWithPath: target))
            #expect(String(decoding: data[4..<8], as: UTF8.self) == "ftyp")
        }
    }

    @Test func aChangedVideoStartsOverAndTheServerIsAskedWithIfRange() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero)) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            let target = dir.path("v.mp4")
            try dir.write("v.mp4.part", "\0\0\0\u{10}ftypisom\0\0\0\0")
            try PartialRecord(taskID: nil, url: url.absoluteString, etag: "\"an-older-version\"", total: 4000).save(to: target + ".part.info")
            let result = try await harness.client.download(from: url, to: target)
            #expect(result.resumedFrom == 0, "a 200 to the range request replaced the part")
            #expect(await harness.log(.video).map(\.range) == ["bytes=16-"])
            let data = try Data(contentsOf: URL(fileURLWithPath: target))
            #expect(Int64(data.count) == result.bytes)
            #expect(String(decoding: data[4..<8], as: UTF8.self) == "ftyp")
        }
    }

    @Test func aSecondWriterIsRefusedAndTouchesNothing() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero)) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            let target = dir.path("v.mp4")
            let part = try dir.write("v.mp4.part", "held by another process")
            let holder = open(part, O_RDWR | O_CLOEXEC)
            #expect(flock(holder, LOCK_EX) == 0)
            defer { close(holder) }
            let error = await expectGrokError { _ = try await harness.client.download(from: url, to: target) }
            #expect(error == .downloadInProgress(path: target))
            #expect(error?.description == "another grok is downloading \(target)")
            #expect(error?.exitStatus == .runtimeError)
            #expect(!FileManager.default.fileExists(atPath: target))
            #expect(try String(contentsOfFile: part, encoding: .utf8) == "held by another process")
            #expect(await harness.log(.video).isEmpty)
        }
    }

    /// Two downloads of one target that certainly overlap: the sandbox holds the first half
    /// way through its body, so the first holds the part's lock while the second starts. The
    /// second is refused without a request; the first ends as the one correct file.
    @Test func twoDownloadsOfOneTargetAtOnceEndAsOneCorrectFile() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: 5_000_000)) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            let target = dir.path("v.mp4")
            let client = harness.client
            await harness.sandbox.clearLog()
            await harness.sandbox.inject([.heldHalfway], on: .video)
            let first = Task { () async -> Result<DownloadResult, GrokError> in
                do throws(GrokError) { return .success(try await client.download(from: url, to: target, taskID: "t")) } catch {
                    return .failure(error)
                }
            }
            let held = try await harness.until { await harness.sandbox.heldAnswers() == 1 }
            let second = await expectGrokError { _ = try await client.download(from: url, to: target, taskID: "t") }
            await harness.sandbox.releaseHeld()
            let result = await first.value
            #expect(held, "the first download was under way")
            #expect(second == .downloadInProgress(path: target))
            #expect((try? result.get())?.bytes == 5_000_000, "\(result)")
            #expect(await harness.log(.video).count == 1, "the second sent nothing")
            let size = try FileManager.default.attributesOfItem(atPath: target)[.size] as? Int
            #expect(size == 5_000_000)
            #expect(!FileManager.default.fileExists(atPath: target + ".part"))
        }
    }

    @Test(arguments: [(SandboxFault.htmlBody, "the video URL answered an HTML page"), (.emptyBody, "the video URL answered with an empty body")])
    func aPageOrNothingIsAnErrorAndNoFile(fault: SandboxFault, message: String) async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero)) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            let target = dir.path("v.mp4")
            await harness.sandbox.inject([fault], on: .video)
            let error = await expectGrokError { _ = try await harness.client.download(from: url, to: target) }
            #expect(error?.description.hasPrefix(message) == true, "\(String(describing: error))")
            #expect(error?.exitStatus == .runtimeError)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).isEmpty, "no target, no part")
        }
    }

    @Test func aBodyThatIsNotAnMP4IsAnErrorAndNoFile() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            // An upload served back: a real answer, but no video.
            let image = try dir.write("cat.png", "\u{89}PNG and the rest of a picture, not a video at all")
            let url = try await harness.client.upload(path: image).url
            let target = dir.path("out/v.mp4")
            let error = await expectGrokError { _ = try await harness.client.download(from: url, to: target) }
            #expect(error?.description.hasPrefix("the video URL answered something that is not an MP4 video (no 'ftyp' box") == true,
                    "\(String(describing: error))")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("out")).isEmpty, "no target, no part")
        }
    }

    @Test func aWrongContentRangeOnceStartsOverAndEndsWithTheRightFile() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: 2_000_000)) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            let clean = try await harness.client.download(from: url, to: dir.path("clean.mp4"))
            await harness.sandbox.clearLog()
            await harness.sandbox.inject([.dropConnection, .wrongContentRange], on: .video)
            let result = try await harness.client.download(from: url, to: dir.path("v.mp4"))
            #expect(result.bytes == clean.bytes)
            #expect(await harness.log(.video).count == 3, "dropped, a wrong range refused, then all of it")
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir.path("v.mp4"))) == Data(contentsOf: URL(fileURLWithPath: dir.path("clean.mp4"))))
        }
    }

    /// The server of the issue: every full answer breaks off half way and every range
    /// request gets a 206 from byte 0. Once 451 requests in 60 s; now a bounded few.
    @Test func aServerThatNeverFitsIsGivenUpOnAfterBoundedAttempts() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let retries = 2
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: 2_000_000), retries: retries) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            await harness.sandbox.inject(Array(repeating: [SandboxFault.dropConnection, .wrongContentRange], count: 100).flatMap { $0 }, on: .video)
            let error = await expectGrokError { _ = try await harness.client.download(from: url, to: dir.path("v.mp4")) }
            #expect(error?.exitStatus == .runtimeError)
            let requests = await harness.log(.video).count
            #expect(requests <= DownloadAttempts.cap(retries: retries), "\(requests) requests")
            #expect(!FileManager.default.fileExists(atPath: dir.path("v.mp4")))
        }
    }

    @Test func theTotalCapHoldsEvenWhenEveryAttemptBringsNewBytes() {
        var attempts = DownloadAttempts(retries: 1)
        var bytes: Int64 = 0
        var opened = 0
        while attempts.begin() {
            opened += 1
            bytes += 100
            let retried = attempts.failed(.transient, bytes: bytes)
            #expect(retried, "new bytes every time: the kind's count starts again")
        }
        #expect(opened == DownloadAttempts.cap(retries: 1))
    }

    @Test func redirectsDoNotUseUpTheCap() {
        var attempts = DownloadAttempts(retries: 0)
        var begun = 0
        for _ in 0..<10 where attempts.begin() {
            begun += 1
            attempts.redirected()
        }
        #expect(begun == 10)
        let last = attempts.begin()
        #expect(last)
        #expect(attempts.count == 1)
    }

    @Test func sniffingTellsVideosFromPages() {
        let mp4 = [0, 0, 0, 0x20] + Array("ftypisom".utf8) + Array(repeating: 0, count: 60)
        #expect(VideoSniffer.judge(mp4, contentType: "video/mp4") == .video)
        #expect(VideoSniffer.judge(mp4, contentType: "text/html") == .html)
        #expect(VideoSniffer.judge(Array("  <!DOCTYPE html><html>".utf8), contentType: "application/octet-stream") == .html)
        #expect(VideoSniffer.judge([], contentType: "video/mp4") == .empty)
        #expect(VideoSniffer.judge(Array("GIF89a and so on, certainly no box".utf8), contentType: "video/mp4") == .unknown)
    }
}
