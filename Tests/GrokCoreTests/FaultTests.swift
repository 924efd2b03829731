import Foundation
import TestSupport
import GrokSandbox
import Testing
@testable import GrokCore

/// Each fault kind on each endpoint, with its expected outcome (SPEC §5).
@Suite struct FaultTests {
    static let transientFaults: [SandboxFault] = [
        .httpStatus(500), .httpStatus(503), .rateLimited(retryAfter: 0), .serverBusy, .dropConnection, .slowBody(chunkDelay: .milliseconds(5)),
    ]

    // MARK: create: never repeated once it may have reached the server

    @Test(arguments: [SandboxFault.httpStatus(500), .serverBusy, .dropConnection, .malformedJSON])
    func createThatMayHaveReachedTheServerIsSentExactlyOnce(fault: SandboxFault) async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            await harness.sandbox.inject([fault], on: .create)
            let journal = try Journal(directory: dir.url)
            let error = await expectGrokError {
                _ = try await JournaledVideoService(client: harness.client, journal: journal).submit(SandboxHarness.request, name: "cat", provenance: .init())
            }
            guard case .createOutcomeUnknown = error else { Issue.record("expected an unknown outcome, got \(String(describing: error))"); return }
            #expect(error?.description.contains("may have reached the server") == true)
            let creates = await harness.log(.create)
            #expect(creates.count == 1, "creates: \(creates.map(\.summary)); trace: \(harness.trace.text)")
            let job = try #require(try await journal.resolve(.nameOrID("cat"), on: harness.origin))
            #expect(job.confirmation == .unconfirmed)
        }
    }

    @Test func createRateLimitedIsRetriedHonouringRetryAfter() async throws {
        try await SandboxHarness.run { harness in
            await harness.sandbox.inject([.rateLimited(retryAfter: 1)], on: .create)
            let task = try await harness.client.create(SandboxHarness.request)
            let creates = await harness.log(.create)
            #expect(creates.map(\.status) == [429, 200])
            #expect(creates[1].receivedAt - creates[0].receivedAt >= .seconds(1))
            #expect(await harness.sandbox.tasks().map(\.id) == [task.taskID])
        }
    }

    @Test func slowCreateAnswerSucceedsOnce() async throws {
        try await SandboxHarness.run { harness in
            await harness.sandbox.inject([.slowBody(chunkDelay: .milliseconds(5))], on: .create)
            _ = try await harness.client.create(SandboxHarness.request)
            #expect(await harness.log(.create).count == 1)
        }
    }

    @Test func rejectedCreateIsNotAnUnknownOutcome() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            let journal = try Journal(directory: dir.url)
            let bad = CreateRequest(model: VideoOptions.canonicalModel, prompt: "x", imageURL: "https://e.com/i.png",
                                    duration: 12, ratio: nil, orientation: nil)
            let error = await expectGrokError { _ = try await JournaledVideoService(client: harness.client, journal: journal).submit(bad, name: "bad", provenance: .init()) }
            guard case .api(APICode.badRequest, _, _) = error else { Issue.record("expected 20002, got \(String(describing: error))"); return }
            #expect(try await journal.resolve(.nameOrID("bad"), on: harness.origin)?.confirmation == .rejected)
        }
    }

    // MARK: idempotent calls: retried

    @Test(arguments: transientFaults)
    func queryRecoversFrom(fault: SandboxFault) async throws {
        try await SandboxHarness.run { harness in
            let task = try await harness.client.create(SandboxHarness.request)
            await harness.sandbox.inject([fault], on: .query)
            #expect(try await harness.client.query(taskID: task.taskID).taskID == task.taskID)
            #expect(await harness.log(.query).count == (Self.isRetried(fault) ? 2 : 1))
        }
    }

    @Test(arguments: transientFaults)
    func balancesRecoverFrom(fault: SandboxFault) async throws {
        try await SandboxHarness.run { harness in
            await harness.sandbox.inject([fault], on: .userBalance)
            await harness.sandbox.inject([fault], on: .keyBalance)
            _ = try await harness.client.userBalance()
            _ = try await harness.client.keyBalance()
            #expect(await harness.log(.userBalance).count == (Self.isRetried(fault) ? 2 : 1))
            #expect(await harness.log(.keyBalance).count == (Self.isRetried(fault) ? 2 : 1))
        }
    }

    @Test(arguments: transientFaults)
    func uploadRecoversFrom(fault: SandboxFault) async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            let path = try dir.write("cat.jpg", String(repeating: "j", count: 100_000))
            await harness.sandbox.inject([fault], on: .upload)
            #expect(try await harness.client.upload(path: path).size == 100_000)
            #expect(await harness.log(.upload).count == (Self.isRetried(fault) ? 2 : 1))
        }
    }

    @Test(arguments: [SandboxEndpoint.query, .upload, .userBalance, .keyBalance])
    func malformedJSONIsAClearErrorQuotingTheBody(endpoint: SandboxEndpoint) async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            let path = try dir.write("cat.png", "png")
            await harness.sandbox.inject([.malformedJSON], on: endpoint)
            let error = await expectGrokError {
                switch endpoint {
                case .query: _ = try await harness.client.query(taskID: "sbx-task-000001")
                case .upload: _ = try await harness.client.upload(path: path)
                case .userBalance: _ = try await harness.client.userBalance()
                default: _ = try await harness.client.keyBalance()
                }
            }
            #expect(error == .notJSON(httpStatus: 200, excerpt: "'<html><body>502 Bad Gateway</body></html>'"))
        }
    }

    @Test func persistentFailureGivesUpAfterTheRetries() async throws {
        try await SandboxHarness.run(retries: 2) { harness in
            await harness.sandbox.inject(Array(repeating: .httpStatus(500), count: 5), on: .userBalance)
            let error = await expectGrokError { _ = try await harness.client.userBalance() }
            #expect(error?.isTransient == true, "the last failure, HTTP 500, is reported: \(String(describing: error))")
            #expect(await harness.log(.userBalance).count == 3)
        }
    }

    // MARK: video downloads

    @Test(arguments: transientFaults)
    func downloadRecoversFrom(fault: SandboxFault) async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero)) { harness in
            let url = try await Self.finishedVideoURL(harness)
            let clean = try await harness.client.download(from: url, to: dir.path("clean.mp4"))
            await harness.sandbox.inject([fault], on: .video)
            let recovered = try await harness.client.download(from: url, to: dir.path("again.mp4"))
            #expect(recovered.bytes == clean.bytes)
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir.path("again.mp4"))) == Data(contentsOf: URL(fileURLWithPath: dir.path("clean.mp4"))))
        }
    }

    @Test func malformedAnswerToADownloadIsAClearErrorAndNoFileAppears() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero)) { harness in
            let url = try await Self.finishedVideoURL(harness)
            await harness.sandbox.inject([.malformedJSON], on: .video)
            let error = await expectGrokError { _ = try await harness.client.download(from: url, to: dir.path("v.mp4")) }
            #expect(error == .notJSON(httpStatus: 200, excerpt: "'<html><body>502 Bad Gateway</body></html>'"))
            #expect(!FileManager.default.fileExists(atPath: dir.path("v.mp4")))
            #expect(await harness.log(.video).count == 1)
        }
    }

    @Test func droppedDownloadResumesWithRangeAndIsByteIdentical() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: 3_000_000)) { harness in
            let url = try await Self.finishedVideoURL(harness)
            let clean = try await harness.client.download(from: url, to: dir.path("clean.mp4"))
            #expect(clean.bytes == 3_000_000)
            await harness.sandbox.clearLog()
            await harness.sandbox.inject([.dropConnection], on: .video)
            let resumed = try await harness.client.download(from: url, to: dir.path("resumed.mp4"))
            let ranges = await harness.log(.video).map(\.range)
            #expect(ranges.count == 2)
            #expect(ranges.first == .some(nil))
            let resumedAt = ranges.last??.dropFirst("bytes=".count).dropLast().description
            let offset = try #require(resumedAt.flatMap { Int($0) }, "resumed with \(String(describing: ranges.last))")
            #expect(offset > 0 && offset <= 1_500_000)
            #expect(resumed.attempts == 2)
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir.path("resumed.mp4"))) == Data(contentsOf: URL(fileURLWithPath: dir.path("clean.mp4"))))
        }
    }

    @Test func interruptedDownloadNeverLeavesAPartialTargetAndResumesLater() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero, videoSize: 2_000_000), retries: 0) { harness in
            let url = try await Self.finishedVideoURL(harness)
            let target = dir.path("cat.mp4")
            await harness.sandbox.inject([.dropConnection], on: .video)
            _ = await expectGrokError { _ = try await harness.client.download(from: url, to: target) }
            #expect(!FileManager.default.fileExists(atPath: target))
            let kept = try #require(PartialFile.size(of: target + ".part"))
            #expect(kept > 0 && kept <= 1_000_000)

            await PartLockRelease.wait(for: target + ".part")
            let resumed = try await harness.client.download(from: url, to: target)
            #expect(resumed.resumedFrom == kept)
            #expect(resumed.bytes == 2_000_000)
            #expect(await harness.log(.video).last?.range == "bytes=\(kept)-")
            #expect(!FileManager.default.fileExists(atPath: target + ".part"))
            let again = try await harness.client.download(from: url, to: dir.path("fresh.mp4"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data(contentsOf: URL(fileURLWithPath: again.path)))
        }
    }

    @Test func existingTargetIsNotOverwrittenUnlessAsked() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero)) { harness in
            let url = try await Self.finishedVideoURL(harness)
            let target = try dir.write("cat.mp4", "precious")
            let error = await expectGrokError { _ = try await harness.client.download(from: url, to: target) }
            #expect(error == .targetExists(path: target))
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious")
            #expect(await harness.log(.video).isEmpty)
            _ = try await harness.client.download(from: url, to: target, overwrite: true)
            #expect(try Data(contentsOf: URL(fileURLWithPath: target)).count > 1000)
        }
    }

    @Test func keyIsNeverSentToAnotherOrigin() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run(.init(taskDuration: .zero)) { harness in
            // The same server under another name is another origin, as signed storage would be.
            let storage = try #require(URL(string: "http://localhost:\(harness.sandbox.port)"))
            await harness.sandbox.setVideoBaseURL(storage)
            let url = try await Self.finishedVideoURL(harness)
            #expect(url.host == "localhost")
            _ = try await harness.client.download(from: url, to: dir.path("v.mp4"))
            let fetched = await harness.log(.video)
            #expect(fetched.count == 1)
            #expect(fetched.allSatisfy { !$0.hasBearer })
            #expect(await harness.log(.create).allSatisfy(\.hasBearer))
        }
    }

    static func isRetried(_ fault: SandboxFault) -> Bool {
        if case .slowBody = fault { return false }
        return true
    }

    static func finishedVideoURL(_ harness: SandboxHarness) async throws -> URL {
        let task = try await harness.client.create(SandboxHarness.request)
        let info = try await harness.client.query(taskID: task.taskID)
        return try #require(info.videoURL, "task \(info.taskID) is \(info.status)")
    }
}
