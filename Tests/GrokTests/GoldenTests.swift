import Foundation
import GrokSandbox
import Testing

/// Hurl-style golden files: `Tests/Golden/<area>/<name>.grok` beside `.out`, `.err` and
/// `.exit` (a missing file means empty output or status 0). Each script runs through the
/// built `grok --no-color` against a fresh sandbox; `RECORD=1` rewrites the expectations.
///
/// A first line `# golden: ARGS…` adds command-line arguments (`--dry-run`, `--json`, `-e`…),
/// `# golden-stdin` feeds the script on standard input instead of naming it,
/// `# golden-key: KEY` makes the sandbox accept only that key, and
/// `# golden-fault: ENDPOINT FAULT` queues a fault (`500`, `429`, `busy`, `drop`, `malformed`, `html`, `empty`, `bad-range`, `control`, `exploded`).
/// Serialized: run in parallel, the blocking `waitUntilExit` in `GrokProcess.run` starves the
/// in-process sandboxes on Linux and creates time out after 60 s (see the goldens report).
/// One at a time: each golden starts a sandbox in this process, and 170 of them at once
/// starve the process's few threads until creates time out.
@Suite(.serialized) struct GoldenTests {
    static let root = GrokProcess.packageRoot.appendingPathComponent("Tests/Golden")

    static var cases: [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".grok") }.sorted()
    }

    @Test(arguments: cases)
    func golden(_ name: String) async throws {
        let script = Self.root.appendingPathComponent(name)
        // Decoded leniently: a golden may hold invalid UTF-8 on purpose (lex.invalid-utf8).
        let text = String(decoding: try Data(contentsOf: script), as: UTF8.self)
        let directives = Self.directives(text)
        try await SandboxFixture.with(.init(apiKey: directives.sandboxKey, taskDuration: .milliseconds(200))) { sandbox, scratch in
            for (endpoint, fault) in directives.faults { await sandbox.inject([fault], on: endpoint) }
            let fileName = script.lastPathComponent
            var arguments = ["--no-color", "--base-url", sandbox.baseURL.absoluteString, "--state-dir", scratch.path("state")]
                + directives.arguments
            if !directives.stdin, !directives.arguments.contains("-e") { arguments.append(fileName) }
            let result = try await GrokProcess.run(
                arguments, stdin: directives.stdin ? text : nil,
                environment: ["JIMMYAI_API_KEY": SandboxFixture.fakeKey, "GOLDEN_OUT": scratch.path("out")],
                directory: script.deletingLastPathComponent())
            let normalize = { (text: String) in
                text.replacingOccurrences(of: sandbox.baseURL.absoluteString, with: "http://SANDBOX")
                    .replacingOccurrences(of: scratch.url.path, with: "$SCRATCH")
                    .replacingOccurrences(of: Self.root.path, with: "$GOLDEN")
            }
            let actual = (out: normalize(result.stdout), err: normalize(result.stderr), exit: "\(result.status)")
            let stem = script.deletingPathExtension()
            if ProcessInfo.processInfo.environment["RECORD"] == "1" {
                try Self.record(actual.out, to: stem.appendingPathExtension("out"))
                try Self.record(actual.err, to: stem.appendingPathExtension("err"))
                try Self.record(actual.exit == "0" ? "" : actual.exit + "\n", to: stem.appendingPathExtension("exit"))
                return
            }
            #expect(actual.out == Self.expected(stem.appendingPathExtension("out")), "stdout of \(name)")
            #expect(actual.err == Self.expected(stem.appendingPathExtension("err")), "stderr of \(name)")
            let expectedExit = Self.expected(stem.appendingPathExtension("exit")).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(actual.exit == (expectedExit.isEmpty ? "0" : expectedExit), "exit status of \(name)")
            if result.status == 2 {
                let log = await sandbox.requestLog()
                #expect(log.isEmpty, "a script with errors sent \(log.count) requests: \(log.map(\.summary))")
            }
        }
    }

    struct Directives {
        var arguments: [String] = []
        var stdin = false
        var sandboxKey: String?
        var faults: [(SandboxEndpoint, SandboxFault)] = []
    }

    static func directives(_ text: String) -> Directives {
        var directives = Directives()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8) {
            let words = line.split(separator: " ").map(String.init)
            if line.hasPrefix("# golden:") {
                directives.arguments += words.dropFirst(2)
            } else if line == "# golden-stdin" {
                directives.stdin = true
            } else if line.hasPrefix("# golden-key:"), words.count == 3 {
                directives.sandboxKey = words[2]
            } else if line.hasPrefix("# golden-fault:"), words.count == 4,
                      let endpoint = SandboxEndpoint(rawValue: words[2]), let fault = fault(named: words[3]) {
                directives.faults.append((endpoint, fault))
            }
        }
        return directives
    }

    static func fault(named name: String) -> SandboxFault? {
        switch name {
        case "500": .httpStatus(500)
        case "429": .rateLimited(retryAfter: 0)
        case "busy": .serverBusy
        case "drop": .dropConnection
        case "malformed": .malformedJSON
        case "html": .htmlBody
        case "empty": .emptyBody
        case "bad-range": .wrongContentRange
        case "control": .controlCharacters
        case "exploded": .unknownStatus
        default: nil
        }
    }

    static func expected(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static func record(_ text: String, to url: URL) throws {
        if text.isEmpty {
            try? FileManager.default.removeItem(at: url)
        } else {
            try Data(text.utf8).write(to: url)
        }
    }
}
