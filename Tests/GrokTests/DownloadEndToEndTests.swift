import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Downloads as the built `grok` does them: what "downloaded" promises.
@Suite struct DownloadEndToEndTests {
    static let submitAndWait = "set poll-interval 100ms; set max-poll-interval 200ms; prompt 'a cat'; image https://example.com/c.png; submit as cat; wait cat"

    @Test func aTargetAnotherProcessIsDownloadingIsRefused() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let part = try scratch.write("out/cat.mp4.part", "another process writes here")
            let holder = open(part, O_RDWR | O_CLOEXEC)
            #expect(flock(holder, LOCK_EX) == 0)
            defer { close(holder) }
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", Self.submitAndWait + "; download cat to out/cat.mp4"])
            #expect(result.status == 1, "stderr: \(result.stderr)")
            #expect(result.stderr.contains("error: another grok is downloading out/cat.mp4"), "stderr: \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("out/cat.mp4")))
            #expect(try String(contentsOfFile: part, encoding: .utf8) == "another process writes here")
        }
    }

    /// Two processes that certainly overlap: the sandbox holds the first one's video half
    /// way through, and the second runs while it is held.
    @Test func autoDownloadInTwoProcessesEndsWithOneCorrectFile() async throws {
        try await SandboxFixture.with(.init(taskPace: .queries(3), videoSize: 8_000_000)) { sandbox, scratch in
            let first = try await SandboxFixture.grok(sandbox, scratch, ["-e", Self.submitAndWait])
            #expect(first.status == 0, "stderr: \(first.stderr)")
            let script = "set auto-download on; set output-dir videos; wait cat"
            await sandbox.inject([.heldHalfway], on: .video)
            let one = try SignalDuringCreateTests.spawn(sandbox, scratch, script)
            let held = try await SignalTests.until(limit: .seconds(120)) { await sandbox.heldAnswers() == 1 }
            let two = try await SandboxFixture.grok(sandbox, scratch, ["-e", script])
            await sandbox.releaseHeld()
            let oneStatus = await ChildProcess.wait(one)
            #expect(held, "the first process was downloading")
            #expect(two.status == 1, "\(two.stderr)")
            #expect(two.stderr.contains("another grok is downloading videos/cat.mp4"), "\(two.stderr)")
            #expect(oneStatus == 0, "\(SignalDuringCreateTests.stderr(scratch))")
            #expect(await sandbox.requestLog().filter { $0.endpoint == .video }.count == 1, "the second sent no video request")
            let size = try FileManager.default.attributesOfItem(atPath: scratch.path("videos/cat.mp4"))[.size] as? Int
            #expect(size == 8_000_000)
            #expect(!FileManager.default.fileExists(atPath: scratch.path("videos/cat.mp4.part")))
        }
    }

    @Test func aStateDirectoryThatCannotBeMadeIsAConfigurationError() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            try scratch.write("plain", "a file")
            let result = try await GrokProcess.run(
                ["--base-url", sandbox.baseURL.absoluteString, "--state-dir", scratch.path("plain/grok"), "-e", "balance"],
                environment: ["JIMMYAI_API_KEY": SandboxFixture.fakeKey])
            #expect(result.status == 3)
            #expect(result.stderr.contains("cannot use the state directory '\(scratch.path("plain/grok"))': '\(scratch.path("plain"))' is not a directory"), "\(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
            #expect(await sandbox.requestLog().isEmpty)
        }
    }
}
