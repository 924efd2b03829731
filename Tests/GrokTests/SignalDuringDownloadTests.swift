import Foundation
import GrokSandbox
import Testing
import TestSupport

/// A signal while a video is arriving: the download stops, says how to resume, keeps its
/// part and leaves no file at the target; the next `grok` resumes the part from where it
/// stopped. The sandbox holds the video half way through its body, so the signal lands
/// mid-download by the sandbox's state and the part's size, not by a clock.
@Suite struct SignalDuringDownloadTests {
    static let videoSize = 2_000_000
    static let download = "download cat to d/v.mp4"

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func aSignalStopsTheDownloadAndTheNextRunResumesIt(signal: Int32, status: Int32) async throws {
        try await SandboxFixture.with(.init(taskPace: .queries(3), videoSize: Self.videoSize)) { sandbox, scratch in
            let made = try await SandboxFixture.grok(sandbox, scratch, ["-e", DownloadEndToEndTests.submitAndWait])
            #expect(made.status == 0, "\(made.stderr)")
            await sandbox.inject([.heldHalfway], on: .video)
            let pid = try SignalDuringCreateTests.spawn(sandbox, scratch, Self.download)
            let part = scratch.path("d/v.mp4.part")
            let arriving = try await SignalTests.until(limit: .seconds(120)) {
                await sandbox.heldAnswers() == 1 && (Self.size(of: part) ?? 0) > 0
            }
            kill(pid, signal)
            let exit = try await SignalTests.exitStatus(of: pid, limit: .seconds(60))
            await sandbox.releaseHeld()
            let stderr = SignalDuringCreateTests.stderr(scratch)
            #expect(arriving, "the video was arriving when the signal came")
            #expect(exit == status, "stderr: \(stderr)")
            #expect(stderr.contains("interrupted: the download stopped; resume with: download cat to d/v.mp4"), "\(stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("d/v.mp4")), "no file at the target")
            let kept = Self.size(of: part) ?? 0
            #expect(kept > 0 && kept < Self.videoSize, "the part is kept: \(kept) bytes")
            #expect(FileManager.default.fileExists(atPath: part + ".info"))

            await sandbox.clearLog()
            let resumed = try await SandboxFixture.grok(sandbox, scratch, ["-e", Self.download])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(resumed.stdout.contains("resumed at"), "\(resumed.stdout)")
            let ranges = await sandbox.requestLog().filter { $0.endpoint == .video }.map(\.range)
            #expect(ranges == ["bytes=\(kept)-"], "only the rest was asked for")
            let data = try Data(contentsOf: URL(fileURLWithPath: scratch.path("d/v.mp4")))
            #expect(data.count == Self.videoSize)
            #expect(String(decoding: data[4..<8], as: UTF8.self) == "ftyp")
            #expect(!FileManager.default.fileExists(atPath: part))
        }
    }

    static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }
}
