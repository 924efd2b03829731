import Foundation
import TestSupport
import GrokSandbox
import Testing
@testable import GrokCore

@Suite struct RoundTripTests {
    @Test func createWaitDownload() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            let journal = try Journal(directory: dir.url.appendingPathComponent("state"))
            let service = JournaledVideoService(client: harness.client, journal: journal)
            let task = try await service.submit(SandboxHarness.request, name: "cat", provenance: .init())
            #expect(task.status.kind == .queued)
            let outcomes = try await service.wait(for: [task.taskID], schedule: harness.fastWaiter.schedule, timeout: .seconds(60),
                                                  pollImmediately: false, onUpdate: { _ in })
            guard case .finished(let info) = outcomes.first?.outcome else {
                Issue.record("expected a finished task, got \(outcomes)")
                return
            }
            #expect(info.status.kind == .completed)
            #expect(info.progress == 100)
            let url = try #require(info.videoURL)
            let target = dir.path("out/cat.mp4")
            let result = try await harness.client.download(from: url, to: target)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
            #expect(result.bytes == Int64(bytes.count))
            #expect(bytes.count > 1000)
            #expect(String(decoding: bytes[4..<8], as: UTF8.self) == "ftyp")
            #expect(!FileManager.default.fileExists(atPath: target + ".part"))

            let job = try #require(try await journal.resolve(.nameOrID("cat"), on: harness.origin))
            #expect(job.taskID == task.taskID)
            #expect(job.status?.kind == .completed)
            #expect(job.videoURL == url)
            #expect(await harness.log(.create).count == 1)
        }
    }

    @Test func failSwitchEndsFailedWithProviderMessage() async throws {
        try await SandboxHarness.run { harness in
            let request = CreateRequest(model: VideoOptions.canonicalModel, prompt: "logo [fail]", imageURL: "https://e.com/i.png",
                                        duration: 10, ratio: nil, orientation: nil)
            let task = try await harness.client.create(request)
            let outcome = try await harness.fastWaiter.wait(for: [task.taskID]).first?.outcome
            guard case .finished(let info) = outcome else { Issue.record("expected finished, got \(String(describing: outcome))"); return }
            #expect(info.status.kind == .failed)
            #expect(info.errorMessage == "PROVIDER_MODERATION_ERROR: TRADEMARK")
        }
    }

    @Test func waitTimesOutAndReportsTheLastStatus() async throws {
        try await SandboxHarness.run(.init(taskPace: .queries(1_000))) { harness in
            let task = try await harness.client.create(SandboxHarness.request)
            var waiter = harness.fastWaiter
            waiter.timeout = .milliseconds(300)
            let outcome = try await waiter.wait(for: [task.taskID]).first?.outcome
            guard case .timedOut(let last) = outcome else { Issue.record("expected timeout, got \(String(describing: outcome))"); return }
            #expect(last?.status.isTerminal == false)
        }
    }

    /// Once the cancelled wait has thrown, its task is asked about no more. A second wait
    /// on the same schedule is the yardstick, not a clock: while it makes 20 queries, a poll
    /// left running would have made about as many; the first task may get one more at most,
    /// the query already on its way.
    @Test func cancellingAWaitStopsPolling() async throws {
        try await SandboxHarness.run(.init(taskPace: .queries(1_000))) { harness in
            let stopped = try await harness.client.create(SandboxHarness.request)
            let yardstick = try await harness.client.create(SandboxHarness.request)
            var waiter = harness.fastWaiter
            waiter.schedule = PollSchedule(initialInterval: .milliseconds(10), maximumInterval: .milliseconds(10))
            let (updates, update) = AsyncStream<Void>.makeStream()
            let waiting = Task { [waiter] in try await waiter.wait(for: [stopped.taskID], onUpdate: { _ in update.yield() }) }
            // The first answer has come back: the wait is under way and polling.
            for await _ in updates { break }
            waiting.cancel()
            await #expect(throws: GrokError.cancelled) { _ = try await waiting.value }
            let atCancel = await harness.queries(of: stopped.taskID)
            #expect(atCancel >= 1)

            let measuring = Task { [waiter] in try await waiter.wait(for: [yardstick.taskID]) }
            let measured = try await harness.until { await harness.queries(of: yardstick.taskID) >= 20 }
            measuring.cancel()
            _ = try? await measuring.value
            #expect(measured, "the yardstick wait made its queries")
            let after = await harness.queries(of: stopped.taskID)
            #expect(after <= atCancel + 1, "\(after - atCancel) queries after the wait was cancelled")
        }
    }

    @Test func everyResponseVariantIsUnderstood() async throws {
        let variant = ResponseVariant(codeAsNumber: true, flatQuery: true, successStatus: true, stringProgress: true,
                                      relativeVideoURL: true)
        try await SandboxHarness.run(.init(taskPace: .queries(3), variant: variant)) { harness in
            let task = try await harness.client.create(SandboxHarness.request)
            let outcome = try await harness.fastWaiter.wait(for: [task.taskID]).first?.outcome
            guard case .finished(let info) = outcome else { Issue.record("expected finished, got \(String(describing: outcome))"); return }
            #expect(info.status.kind == .completed)
            #expect(info.status.raw == "success")
            let url = try #require(info.videoURL)
            #expect(url.absoluteString.hasPrefix(harness.sandbox.baseURL.absoluteString))
        }
    }

    @Test func floatProgressAndErrorsAsHTTP200() async throws {
        let variant = ResponseVariant(floatProgress: true, errorsAsHTTP200: true)
        try await SandboxHarness.run(.init(taskPace: .queries(3), variant: variant)) { harness in
            let task = try await harness.client.create(SandboxHarness.request)
            #expect(try await harness.client.query(taskID: task.taskID).progress == nil)
            #expect(try await harness.client.query(taskID: task.taskID).progress == 50.5)
            let error = await expectGrokError { _ = try await harness.client.query(taskID: "no-such-task") }
            #expect(error?.exitStatus == .runtimeError)
        }
    }

    @Test func uploadAndBalances() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            let path = try dir.write("cat.png", String(repeating: "p", count: 200_000))
            let file = try await harness.client.upload(path: path)
            #expect(file.filename == "cat.png")
            #expect(file.size == 200_000)
            let served = try await harness.client.download(from: file.url, to: dir.path("back.png"), expectingVideo: false)
            #expect(served.bytes == 200_000)

            _ = try await harness.client.create(SandboxHarness.request)
            let user = try await harness.client.userBalance()
            #expect(user.usedCoin > 0)
            #expect(user.available == user.balance - user.usedCoin)
            let key = try await harness.client.keyBalance()
            #expect(key.unlimited)
        }
    }

    @Test func uploadIsCheckedBeforeSending() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try await SandboxHarness.run { harness in
            let text = try dir.write("notes.txt", "hello")
            let wrongType = await expectGrokError { _ = try await harness.client.upload(path: text) }
            #expect(wrongType == .uploadUnsupportedType(path: text, fileExtension: "txt"))
            let missing = await expectGrokError { _ = try await harness.client.upload(path: dir.path("none.png")) }
            #expect(missing?.exitStatus == .usage)
            let big = dir.path("big.png")
            #expect(FileManager.default.createFile(atPath: big, contents: nil))
            #expect(truncate(big, off_t(UploadRules.maximumBytes + 1)) == 0)
            let tooBig = await expectGrokError { _ = try await harness.client.upload(path: big) }
            #expect(tooBig == .uploadTooLarge(path: big, size: UploadRules.maximumBytes + 1, limit: UploadRules.maximumBytes))
            #expect(await harness.log(.upload).isEmpty)
        }
    }

    @Test func wrongKeyIsAnAuthenticationError() async throws {
        try await SandboxHarness.run(.init(apiKey: "fake-the-right-key")) { harness in
            let error = await expectGrokError { _ = try await harness.client.create(SandboxHarness.request) }
            #expect(error?.exitStatus == .authentication, "\(String(describing: error)); trace: \(harness.trace.text)")
            #expect(await harness.log(.create).count == 1)
        }
    }
}
