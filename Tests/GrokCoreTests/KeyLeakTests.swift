import Foundation
import TestSupport
import GrokSandbox
import Testing
@testable import GrokCore

/// The key never appears in the journal, traces or error text: asserted on the bytes.
@Suite struct KeyLeakTests {
    @Test func keyAppearsNowhere() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let key = SandboxHarness.fakeKey
        var texts: [String] = []
        try await SandboxHarness.run(key: key, retries: 1) { harness in
            let journal = try Journal(directory: dir.url, redactor: harness.client.redactor)
            let service = JournaledVideoService(client: harness.client, journal: journal)
            let task = try await service.submit(SandboxHarness.request, name: "cat")
            _ = try await service.wait(for: [task.taskID], schedule: harness.fastWaiter.schedule, timeout: .seconds(60),
                                       pollImmediately: false, onUpdate: { _ in })
            await harness.sandbox.inject([.dropConnection], on: .create)
            let createError = await expectGrokError { _ = try await service.submit(SandboxHarness.request, name: "x") }
            await harness.sandbox.inject([.malformedJSON], on: .query)
            let queryError = await expectGrokError { _ = try await harness.client.query(taskID: task.taskID) }
            texts = [createError, queryError].compactMap { $0 }.flatMap { [$0.description, $0.hint ?? "", String(reflecting: $0)] }
            texts.append(harness.trace.text)
            #expect(harness.trace.text.contains("Authorization: Bearer ***"))
        }
        texts.append(try String(contentsOfFile: dir.path("journal.jsonl"), encoding: .utf8))
        for text in texts {
            #expect(!text.contains(key))
            #expect(!text.contains(String(key.prefix(12))))
        }
    }
}
