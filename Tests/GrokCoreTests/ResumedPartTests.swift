import Foundation
import GrokSandbox
import Testing
import TestSupport
@testable import GrokCore

/// Issue 18, case 11: a `.part` is resumed for what is on disk, not only for what its record
/// says, and the finished file is checked whatever path produced it.
@Suite struct ResumedPartTests {
    static let videoSize = 2_000_000

    /// Leaves a real part of `url` at `target.part` with its record (the connection dropped
    /// half way), then lets `replace` rewrite the part's bytes; the record stays as it was.
    static func leavePart(
        _ harness: SandboxHarness, _ url: URL, at target: String, taskID: String, replace: (Data) -> Data
    ) async throws {
        await harness.sandbox.inject([.dropConnection], on: .video)
        _ = await expectGrokError { _ = try await harness.client.download(from: url, to: target, taskID: taskID) }
        let part = URL(fileURLWithPath: target + ".part")
        let kept = try Data(contentsOf: part)
        #expect(!kept.isEmpty)
        #expect(PartialRecord.load(from: target + ".part.info")?.belongs(to: url, taskID: taskID) == true)
        try replace(kept).write(to: part)
        await harness.sandbox.clearLog()
        await PartLockRelease.wait(for: target + ".part")
    }

    static func failure(_ body: () throws(GrokError) -> Void) -> GrokError? {
        do { try body() } catch { return error }
        Issue.record("expected an error")
        return nil
    }

    static func isWholeVideo(_ path: String) throws -> Bool {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return data.count == videoSize && String(decoding: data[4..<8], as: UTF8.self) == "ftyp"
    }

    @Test func aGarbagePartWithAMatchingRecordIsStartedOver() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: Self.videoSize), retries: 0) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            let target = dir.path("v.mp4")
            try await Self.leavePart(harness, url, at: target, taskID: "t") { Data(repeating: UInt8(ascii: "x"), count: $0.count) }
            let result = try await harness.client.download(from: url, to: target, taskID: "t")
            #expect(result.resumedFrom == 0)
            #expect(await harness.log(.video).map(\.range) == [nil], "the whole video, no Range after garbage")
            #expect(try Self.isWholeVideo(target))
            #expect(!FileManager.default.fileExists(atPath: target + ".part"))
        }
    }

    @Test func aPartLongerThanTheVideoIsStartedOverWithoutAskingForARange() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: Self.videoSize), retries: 0) { harness in
            let url = try await FaultTests.finishedVideoURL(harness)
            let target = dir.path("v.mp4")
            try await Self.leavePart(harness, url, at: target, taskID: "t") {
                $0 + Data(repeating: 0, count: Self.videoSize + 1000 - $0.count)
            }
            let result = try await harness.client.download(from: url, to: target, taskID: "t")
            #expect(result.resumedFrom == 0)
            #expect(await harness.log(.video).map(\.range) == [nil], "no range past the end is asked for")
            #expect(try Self.isWholeVideo(target))
        }
    }

    @Test func aFinishedPartOfTheWrongLengthIsThrownAwayNotMoved() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let target = dir.path("v.mp4")
        let short = "\0\0\0\u{10}ftypisom and then too little"
        try dir.write("v.mp4.part", short)
        try PartialRecord(taskID: nil, url: "https://x.test/v.mp4", total: 5000).save(to: target + ".part.info")
        var part = try PartialFile.lock(target + ".part", target: target)
        defer { part.close() }
        let error = Self.failure { () throws(GrokError) in try part.checkWhole(total: 5000, expectingVideo: true, redactor: .none) }
        #expect(error == .downloadIncomplete(expected: 5000, received: Int64(short.utf8.count)))
        #expect(part.size == 0)
        #expect(!FileManager.default.fileExists(atPath: target + ".part.info"))
    }

    @Test func aFinishedPartThatIsNotAVideoIsThrownAwayNotMoved() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let target = dir.path("v.mp4")
        try dir.write("v.mp4.part", String(repeating: "x", count: 100))
        var part = try PartialFile.lock(target + ".part", target: target)
        defer { part.close() }
        let error = Self.failure { () throws(GrokError) in try part.checkWhole(total: 100, expectingVideo: true, redactor: .none) }
        #expect(error?.description.contains("no 'ftyp' box") == true, "\(String(describing: error))")
        #expect(part.size == 0)
        try part.checkWhole(total: 0, expectingVideo: false, redactor: .none)
    }

    @Test func onlyAPartThatCanBeTheVideosStartIsResumed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = try #require(URL(string: "https://x.test/v.mp4"))
        let target = dir.path("v.mp4")
        let record = PartialRecord(taskID: "t", url: url.absoluteString, total: 100)
        try dir.write("v.mp4.part", "\0\0\0\u{10}ftypisom" + String(repeating: "\0", count: 50))
        var part = try PartialFile.lock(target + ".part", target: target)
        defer { part.close() }
        #expect(part.mayResume(as: record, of: url, taskID: "t", expectingVideo: true))
        #expect(!part.mayResume(as: nil, of: url, taskID: "t", expectingVideo: true), "no record")
        #expect(!part.mayResume(as: record, of: url, taskID: "other", expectingVideo: true), "another task's")
        var shorter = record
        shorter.total = 40
        #expect(!part.mayResume(as: shorter, of: url, taskID: "t", expectingVideo: true), "longer than the video")
        try part.truncate()
        try "not the start of a video at all, whatever the record says".write(toFile: target + ".part", atomically: false, encoding: .utf8)
        #expect(!part.mayResume(as: record, of: url, taskID: "t", expectingVideo: true))
        #expect(part.mayResume(as: record, of: url, taskID: "t", expectingVideo: false), "any file when no video is expected")
    }
}
