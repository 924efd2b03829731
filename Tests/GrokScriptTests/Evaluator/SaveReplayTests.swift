import Foundation
@testable import GrokCore
import GrokSyntax
import Testing
import TestSupport
@testable import GrokScript

/// Issue 20, case 2: `save` writes a script that replays from its own folder: input paths
/// re-rooted there, this session's tasks written by name, and a warning for whatever would
/// not run as saved.
@Suite struct SaveReplayTests {
    /// REPL entries run one by one in `dir`, as the REPL does, each kept for `save` when it succeeds.
    static func session(_ entries: [String], in dir: TemporaryDirectory, variables: [String: String] = [:]) async -> RecordingReporter {
        let reporter = RecordingReporter()
        let service = InMemoryVideoService()
        let session = Session(options: SessionOptions(baseURL: EvaluatorRun.baseURL), variables: variables)
        let evaluator = Evaluator(session: session, reporter: reporter, services: service, environment: [:], keepGoing: false)
        evaluator.startTranscript()
        for entry in entries {
            let parsed = ParsedScript.parse(SourceFile(name: "<stdin>", text: entry + "\n"))
            let status = await Runner.run(parsed, directory: dir.url.path, evaluator: evaluator, reporter: reporter)
            if status == .success, !evaluator.entryFailed { evaluator.keepInTranscript(parsed, directory: dir.url.path) }
        }
        return reporter
    }

    static func body(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    @Test func pathsAreReRootedAndTasksWrittenByName() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try dir.write("cat.png", "an image")
        _ = try dir.write("prompts.txt", "a cat\n")
        try FileManager.default.createDirectory(atPath: dir.path("batch"), withIntermediateDirectories: true)
        let reporter = await Self.session([
            "prompt \"a cat\"", "image cat.png", "submit as cat", "status mem-1", "wait mem-1",
            "for p in lines prompts.txt {\necho $p\n}", "image https://example.com/c.png", "save \(dir.path("batch/sub.grok"))",
        ], in: dir)
        #expect(reporter.echoes.contains("saved 7 entries to \(dir.path("batch/sub.grok"))"), "\(reporter.echoes) \(reporter.reported)")
        #expect(reporter.warnings.isEmpty, "\(reporter.warnings)")
        let saved = try String(contentsOfFile: dir.path("batch/sub.grok"), encoding: .utf8)
        #expect(Self.body(saved) == ["prompt \"a cat\"", "image ../cat.png", "submit as cat", "status cat", "wait cat",
                                     "for p in lines ../prompts.txt {", "echo $p", "}", "image https://example.com/c.png"], "\(saved)")
    }

    @Test func whatWouldNotRunAsSavedIsSaid() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try dir.write("cat.png", "an image")
        try FileManager.default.createDirectory(atPath: dir.path("batch"), withIntermediateDirectories: true)
        let reporter = await Self.session([
            "let n = cat", "image $n.png", "duration $dur", "save \(dir.path("batch/sub.grok"))",
        ], in: dir, variables: ["dur": "15"])
        let target = dir.path("batch/sub.grok")
        #expect(reporter.warnings.contains {
            $0.hasPrefix("\(target) would not run as saved: image $n.png (entry line 1) is read from the saved file's folder")
        }, "\(reporter.warnings)")
        #expect(reporter.warnings.contains {
            $0.hasPrefix("\(target) would not run as saved: line ") && $0.contains("undefined variable '$dur'") && $0.contains("--var dur=VALUE")
        }, "\(reporter.warnings)")
    }

    @Test func aScriptSavedBesideTheSessionKeepsItsPathsAsTyped() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try dir.write("cat.png", "an image")
        let reporter = await Self.session(["image cat.png", "save \(dir.path("here.grok"))"], in: dir)
        #expect(reporter.warnings.isEmpty, "\(reporter.warnings)")
        let saved = try String(contentsOfFile: dir.path("here.grok"), encoding: .utf8)
        #expect(Self.body(saved) == ["image cat.png"], "\(saved)")
    }
}
