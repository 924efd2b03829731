import Foundation
import GrokSandbox

/// One golden run through the built `grok --no-color` against a fresh sandbox whose tasks
/// advance one step per query (`queries(3)`: queued, processing 50 %, completed), so no
/// golden depends on the clock.
struct GoldenRun {
    static let root = GrokProcess.packageRoot.appendingPathComponent("Tests/Golden")
    /// Tasks answer queued, then processing 50 %, then completed (`[slow]`: fifteen queries).
    static let pace = TaskPace.queries(3)

    let out: String
    let err: String
    let exit: Int32
    let log: [LoggedRequest]

    /// `script`: the `.grok` file; relative paths in it start from its directory.
    static func run(_ script: URL) async throws -> GoldenRun {
        // Decoded leniently: a golden may hold invalid UTF-8 on purpose (lex.invalid-utf8).
        let text = String(decoding: try Data(contentsOf: script), as: UTF8.self)
        let directives = GoldenDirectives(text)
        let configuration = SandboxConfiguration(apiKey: directives.sandboxKey, taskPace: pace)
        return try await SandboxFixture.with(configuration) { sandbox, scratch in
            for (endpoint, fault) in directives.faults { await sandbox.inject([fault], on: endpoint) }
            var arguments = ["--no-color", "--base-url", sandbox.baseURL.absoluteString, "--state-dir", scratch.path("state")]
                + directives.arguments
            if !directives.stdin, !directives.arguments.contains("-e") { arguments.append(script.lastPathComponent) }
            let result = try await GrokProcess.run(
                arguments, stdin: directives.stdin ? text : nil,
                environment: ["JIMMYAI_API_KEY": SandboxFixture.fakeKey, "GOLDEN_OUT": scratch.path("out")],
                directory: script.deletingLastPathComponent())
            // The wire's clock (`(12 ms)`, a `Date:` header) is the one thing a run cannot repeat.
            let normalize = { (text: String) in
                text.replacingOccurrences(of: sandbox.baseURL.absoluteString, with: "http://SANDBOX")
                    .replacingOccurrences(of: scratch.url.path, with: "$SCRATCH")
                    .replacingOccurrences(of: root.path, with: "$GOLDEN")
                    .replacing(/\(\d+ ms\)/, with: "(N ms)")
                    .replacing(/(?m)^(< )?Date: .*$/) { ($0.output.1 ?? "") + "Date: DATE" }
            }
            return GoldenRun(out: normalize(result.stdout), err: normalize(result.stderr), exit: result.status,
                             log: await sandbox.requestLog())
        }
    }
}

/// A golden's recorded expectations: `.out`, `.err` and `.exit` beside the script; a missing
/// file means empty output or status 0. Recording never leaves an empty file, so an empty
/// one was emptied by hand and is refused.
struct GoldenExpectation {
    let stem: URL

    init(script: URL) {
        stem = script.deletingPathExtension()
    }

    var outURL: URL { stem.appendingPathExtension("out") }
    var errURL: URL { stem.appendingPathExtension("err") }
    var exitURL: URL { stem.appendingPathExtension("exit") }

    /// Every way the run differs from the recording; empty when they agree.
    func differences(from run: GoldenRun) -> [String] {
        var problems: [String] = []
        for url in [outURL, errURL, exitURL] where Self.isEmptyFile(url) {
            problems.append("\(url.lastPathComponent) is empty: an expected file is deleted when there is nothing to expect, never emptied")
        }
        let (out, err) = (Self.text(outURL), Self.text(errURL))
        if run.out != out { problems.append("stdout differs\(out.isEmpty ? " (no .out file: nothing expected)" : ""):\n\(run.out)") }
        if run.err != err { problems.append("stderr differs\(err.isEmpty ? " (no .err file: nothing expected)" : ""):\n\(run.err)") }
        if run.exit != recordedExit { problems.append("exit status \(run.exit), recorded \(recordedExitText)") }
        return problems
    }

    /// The status in `.exit`, 0 when there is none; nil when the file holds no number.
    var recordedExit: Int32? {
        let text = Self.text(exitURL).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? 0 : Int32(text)
    }

    private var recordedExitText: String { recordedExit.map { "\($0)" } ?? "'\(Self.text(exitURL))' (not a number)" }

    func record(_ run: GoldenRun) throws {
        try Self.write(run.out, to: outURL)
        try Self.write(run.err, to: errURL)
        try Self.write(run.exit == 0 ? "" : "\(run.exit)\n", to: exitURL)
    }

    static func text(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static func isEmptyFile(_ url: URL) -> Bool {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int else { return false }
        return size == 0
    }

    static func write(_ text: String, to url: URL) throws {
        if text.isEmpty {
            try? FileManager.default.removeItem(at: url)
        } else {
            try Data(text.utf8).write(to: url)
        }
    }
}
