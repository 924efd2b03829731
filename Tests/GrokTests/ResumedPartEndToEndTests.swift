import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Issue 18, case 11, as a user meets it: a `.part` and its `.part.info` left by a run whose
/// connection dropped, the part's bytes then replaced. The next `download` looks at the bytes:
/// what cannot be the video's start, or runs past its end, is thrown away and the video
/// fetched whole; the file at the target is always the whole video.
@Suite struct ResumedPartEndToEndTests {
    static let videoSize = 300_000
    static let download = "download cat to d/v.mp4"

    struct Outcome: Sendable {
        let result: GrokProcess.Result
        /// The `Range` of each video request of the second run (nil: the whole video).
        let ranges: [String?]
        let targetIsWholeVideo: Bool
        /// The size of the part the second run found.
        let partBytes: Int
    }

    /// A first run leaves a real part and record (`set retries 0`, the video's connection
    /// dropped); `rewrite` replaces the part's bytes; a second run downloads to the same target.
    static func run(_ rewrite: @escaping @Sendable (Data) -> Data) async throws -> Outcome {
        try await SandboxFixture.with(.init(taskPace: .queries(3), videoSize: videoSize)) { sandbox, scratch in
            await sandbox.inject([.dropConnection], on: .video)
            let first = try await SandboxFixture.grok(
                sandbox, scratch, ["-e", DownloadEndToEndTests.submitAndWait + "; set retries 0; " + download])
            #expect(first.status == 1, "the first run left a part: \(first.stderr)")
            let part = URL(fileURLWithPath: scratch.path("d/v.mp4.part"))
            let kept = try Data(contentsOf: part)
            #expect(!kept.isEmpty && FileManager.default.fileExists(atPath: scratch.path("d/v.mp4.part.info")))
            let rewritten = rewrite(kept)
            try rewritten.write(to: part)
            await sandbox.clearLog()

            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", download])
            let ranges = await sandbox.requestLog().filter { $0.endpoint == .video }.map(\.range)
            let data = try? Data(contentsOf: URL(fileURLWithPath: scratch.path("d/v.mp4")))
            let whole = data.map { $0.count == videoSize && String(decoding: $0[4..<8], as: UTF8.self) == "ftyp" } ?? false
            return Outcome(result: result, ranges: ranges, targetIsWholeVideo: whole, partBytes: rewritten.count)
        }
    }

    static func garbage(_ kept: Data) -> Data { Data(repeating: UInt8(ascii: "x"), count: kept.count) }
    static func tooLong(_ kept: Data) -> Data { kept + Data(repeating: 0, count: videoSize + 1000 - kept.count) }

    @Test func aGarbagePartWithAMatchingRecordIsDiscardedAndTheVideoFetchedWhole() async throws {
        let outcome = try await Self.run(Self.garbage)
        #expect(outcome.result.status == 0, "\(outcome.result.stderr)")
        #expect(outcome.targetIsWholeVideo, "never a file without its ftyp box at the target")
        #expect(outcome.ranges == [nil], "no Range asked for after bytes that are not a video")
        #expect(outcome.result.stdout.contains("downloaded d/v.mp4") && !outcome.result.stdout.contains("resumed"), "\(outcome.result.stdout)")
    }

    @Test func aPartLongerThanTheVideoIsDiscardedAndTheVideoFetchedWhole() async throws {
        let outcome = try await Self.run(Self.tooLong)
        #expect(outcome.result.status == 0, "\(outcome.result.stderr)")
        #expect(outcome.targetIsWholeVideo)
        #expect(outcome.ranges == [nil], "no Range past the end asked for")
    }

    @Test func aGenuinePartIsStillResumed() async throws {
        let outcome = try await Self.run { $0 }
        #expect(outcome.result.status == 0, "\(outcome.result.stderr)")
        #expect(outcome.targetIsWholeVideo)
        #expect(outcome.ranges == ["bytes=\(outcome.partBytes)-"], "the rest from the end of the part, across two processes")
        #expect(outcome.result.stdout.contains("resumed at"), "\(outcome.result.stdout)")
    }
}
