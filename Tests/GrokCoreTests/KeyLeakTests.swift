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
            let task = try await service.submit(SandboxHarness.request, name: "cat", provenance: .init())
            _ = try await service.wait(for: [task.taskID], schedule: harness.fastWaiter.schedule, timeout: .seconds(60),
                                       pollImmediately: false, onUpdate: { _ in })
            await harness.sandbox.inject([.dropConnection], on: .create)
            let createError = await expectGrokError { _ = try await service.submit(SandboxHarness.request, name: "x", provenance: .init()) }
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

    /// Issue 18, case 2: a proxy page that echoes the key, around the error's 120-byte cut
    /// and the trace's 2 KiB cut, in every encoding: no piece of the key in the error, the
    /// journal's `create-failed` line or the trace.
    @Test(arguments: [
        (KeyEcho.plain, 100), (.plain, 116), (.plain, 2030), (.plain, 2044),
        (.jsonEscaped, 20), (.jsonEscaped, 2000), (.percentEncoded, 20), (.percentEncoded, 2000),
    ])
    func aKeyEchoedNearACutLeavesNoPiece(echo: KeyEcho, offset: Int) async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let key = "zx9-FAKE-cut-test-key-0123"
        var texts: [String] = []
        try await SandboxHarness.run(key: key, retries: 0) { harness in
            let journal = try Journal(directory: dir.url, redactor: harness.client.redactor)
            await harness.sandbox.inject([.keyEcho(echo, offset: offset)], on: .create)
            let error = await expectGrokError { _ = try await JournaledVideoService(client: harness.client, journal: journal).submit(SandboxHarness.request, name: "x", provenance: .init()) }
            texts = [error?.description ?? "", String(reflecting: error), harness.trace.text]
            #expect(harness.trace.text.contains("authorization="))
        }
        texts.append(try String(contentsOfFile: dir.path("journal.jsonl"), encoding: .utf8))
        let start = key.prefix(4)
        let forms = [String(start), start.unicodeScalars.map { "\\u" + String(format: "%04x", $0.value) }.joined(),
                     start.utf8.map { String(format: "%%%02X", $0) }.joined()]
        for text in texts {
            for form in forms { #expect(text.range(of: form, options: .caseInsensitive) == nil, "\(echo) at \(offset): \(text)") }
        }
    }
}
