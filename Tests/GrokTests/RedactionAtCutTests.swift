import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Issue 18, case 2: text is redacted before it is cut, so no cut shows a piece of the key.
/// A proxy's error page echoes the key (plain, JSON-escaped or percent-encoded) at chosen
/// offsets around each cut: the error's 120-byte excerpt (text, `--json`, the journal's
/// `create-failed` line), the trace's 2 KiB body and `show response`.
@Suite struct RedactionAtCutTests {
    /// Obviously fake; its first four characters appear nowhere else in grok's output.
    static let key = "zx9-FAKE-cut-test-key-0123"
    static let submit = "prompt 'a cat'; image https://example.com/c.png; submit as cat"

    /// Every way a piece of the key (its first four characters or more) could be shown.
    static func leaks(_ text: String) -> [String] {
        let start = key.prefix(4)
        let escaped = start.unicodeScalars.map { "\\u" + String(format: "%04x", $0.value) }.joined()
        let percent = start.utf8.map { String(format: "%%%02X", $0) }.joined()
        let forms = [String(start), escaped, escaped.replacingOccurrences(of: "\\", with: "\\\\"), percent]
        return forms.filter { text.range(of: $0, options: .caseInsensitive) != nil }
    }

    static func journal(_ scratch: TemporaryDirectory) -> String {
        (try? String(contentsOfFile: scratch.path("state/journal.jsonl"), encoding: .utf8)) ?? ""
    }

    @Test(arguments: [
        (KeyEcho.plain, 96), (.plain, 100), (.plain, 110), (.plain, 115), (.plain, 116), (.plain, 119),
        (.jsonEscaped, 20), (.jsonEscaped, 100), (.percentEncoded, 20), (.percentEncoded, 100),
    ])
    func anErrorExcerptCutNearTheKeyShowsNoneOfIt(echo: KeyEcho, offset: Int) async throws {
        for json in [false, true] {
            try await SandboxFixture.with { sandbox, scratch in
                await sandbox.inject([.keyEcho(echo, offset: offset)], on: .create)
                let result = try await SandboxFixture.grok(
                    sandbox, scratch, (json ? ["--json"] : []) + ["-e", Self.submit], key: Self.key)
                let label = "\(echo) at \(offset)\(json ? ", --json" : "")"
                #expect(result.status == 1, "\(label): \(result.stderr)")
                #expect(result.stderr.contains("502"), "\(label): \(result.stderr)")
                let journal = Self.journal(scratch)
                #expect(journal.contains("create-failed"), "\(label): \(journal)")
                for (place, text) in [("stdout", result.stdout), ("stderr", result.stderr), ("journal", journal)] {
                    #expect(Self.leaks(text).isEmpty, "\(label): \(place) shows \(Self.leaks(text)): \(text)")
                }
            }
        }
    }

    @Test(arguments: [
        (KeyEcho.plain, 2020), (.plain, 2030), (.plain, 2040), (.plain, 2044), (.plain, 2047),
        (.jsonEscaped, 300), (.jsonEscaped, 2000), (.percentEncoded, 300), (.percentEncoded, 2000),
    ])
    func aTracedBodyCutNearTheKeyShowsNoneOfIt(echo: KeyEcho, offset: Int) async throws {
        try await SandboxFixture.with { sandbox, scratch in
            await sandbox.inject([.keyEcho(echo, offset: offset)], on: .create)
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--trace", "-e", Self.submit], key: Self.key)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("authorization="), "the traced body is shown: \(result.stderr)")
            for (place, text) in [("stdout", result.stdout), ("stderr", result.stderr), ("journal", Self.journal(scratch))] {
                #expect(Self.leaks(text).isEmpty, "\(echo) at \(offset): \(place) shows \(Self.leaks(text)): \(text)")
            }
        }
    }

    @Test(arguments: [2030, 2044])
    func showResponseCutNearTheKeyShowsNoneOfIt(offset: Int) async throws {
        try await SandboxFixture.with { sandbox, scratch in
            await sandbox.inject([.keyEcho(.plain, offset: offset)], on: .userBalance)
            let result = try await SandboxFixture.grok(
                sandbox, scratch, ["--keep-going", "-e", "set retries 0; balance; show response"], key: Self.key)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stdout.contains("authorization="), "show response printed the page: \(result.stdout)")
            for (place, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                #expect(Self.leaks(text).isEmpty, "at \(offset): \(place) shows \(Self.leaks(text)): \(text)")
            }
        }
    }
}
