import Foundation
import Testing

/// Under `--sandbox`, `show curl` says the sandbox's port goes when grok exits, in a
/// comment line the shell skips; aimed at any other server it says nothing of the kind.
@Suite struct OwnSandboxCurlTests {
    static let note = "# this sandbox's port lives only as long as this grok; for a lasting one: grok sandbox --port 8080"

    @Test func everyShowCurlUnderSandboxBeginsWithTheNote() async throws {
        let script = "prompt 'a cat'; image https://example.com/cat.png; show curl; show curl balance; show curl upload cat.png"
        let result = try await GrokProcess.run(["--sandbox", "-e", script])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0 == Self.note }.count == 3, "\(result.stdout)")
        #expect(lines.first == Self.note)
        #expect(lines.dropFirst().first?.hasPrefix("curl -sS -X POST 'http://127.0.0.1:") == true, "\(result.stdout)")
    }

    @Test func aSandboxGrokDoesNotRunHasNoNote() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", "show curl balance"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("curl -sS "), "\(result.stdout)")
            #expect(!result.stdout.contains("#"))
        }
    }
}
