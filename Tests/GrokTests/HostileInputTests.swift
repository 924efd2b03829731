import Foundation
import TestSupport
import Testing

/// Hostile scripts get diagnostics, never a crash or a hang (SPEC §8).
@Suite struct HostileInputTests {
    func check(_ bytes: [UInt8]) async throws -> GrokProcess.Result {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        try Data(bytes).write(to: scratch.url.appendingPathComponent("hostile.grok"))
        return try await GrokProcess.run(["check", "hostile.grok"], directory: scratch.url)
    }

    @Test func nulBytes() async throws {
        let result = try await check(Array("echo a\u{0}b\n".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("hostile.grok:1:"))
    }

    @Test func invalidUTF8() async throws {
        let result = try await check(Array("echo ".utf8) + [0xFF, 0xFE] + Array("\n".utf8))
        #expect(result.status == 2)
    }

    @Test func deepNesting() async throws {
        let result = try await check(Array(String(repeating: "repeat 1 {\n", count: 100_000).utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("nest"))
    }

    /// A 10 MB word is read, then refused by the one cap on every value, briefly.
    @Test func tenMegabyteLine() async throws {
        let result = try await check(Array(("echo " + String(repeating: "x", count: 10_000_000) + "\n").utf8))
        #expect(result.status == 2, "stderr: \(result.stderr.prefix(500))")
        #expect(result.stderr.contains("this value is larger than 1.0 MiB"))
        #expect(result.stderr.utf8.count < 2_000, "the value is not echoed back")
    }

    @Test func sourceCycle() async throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        try scratch.write("a.grok", "source b.grok\n")
        try scratch.write("b.grok", "source a.grok\n")
        let result = try await GrokProcess.run(["a.grok"], directory: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("a.grok"))
    }
}
