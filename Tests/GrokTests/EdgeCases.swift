import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Cases at the edges around a run (what is already on disk, text cut near the key, a server
/// that is not there), each a run of the built `grok` that checks what it promises and gives
/// one row of the second table of `docs/reliability.md` (written by `FaultMatrixTests`).
struct EdgeCase: Sendable {
    struct Row: Sendable {
        let edge: String
        let setUp: String
        let outcome: String
        let exit: Int32
        let checked: String
    }

    let edge: String
    let setUp: String
    let checked: String
    /// Shown in the row: the first line holding this, from a little before it; else the first error.
    var evidence: String?
    /// Runs the case, checks it, and returns grok's result.
    let run: @Sendable () async throws -> GrokProcess.Result

    func row() async throws -> Row {
        let result = try await run()
        let lines = (result.stderr + result.stdout).split(separator: "\n").map(String.init)
        let error = lines.first { $0.hasPrefix("error:") } ?? lines.last ?? ""
        var shown = (evidence.flatMap { mark in lines.first { $0.contains(mark) } } ?? error)
            .replacingOccurrences(of: #"\.{8,}"#, with: "…", options: .regularExpression)
            // A test's scratch folder differs each run: the page names paths inside it.
            .replacingOccurrences(of: #"/[^ ']*/grok-tests-[0-9A-F-]+/"#, with: "", options: .regularExpression)
        if let evidence, let found = shown.range(of: evidence), shown.distance(from: shown.startIndex, to: found.lowerBound) > 40 {
            shown = "…" + shown[shown.index(found.lowerBound, offsetBy: -30)...]
        }
        return Row(edge: edge, setUp: setUp, outcome: shown.count > 160 ? String(shown.prefix(159)) + "…" : shown,
                   exit: result.status, checked: checked)
    }

    static let all: [EdgeCase] = symlinks + redaction + aroundTheRun + disk + origins + fetches

    static let symlinks: [EdgeCase] = [
        EdgeCase(edge: "symlinked .part", setUp: "`d/v.mp4.part` → `home/notes.txt`",
                 checked: "exit 2 (the rehearsal); notes.txt unchanged; nothing sent; no d/v.mp4") {
            let (result, notes, requests, _) = try await SymlinkedPartTests.run { scratch, victim in
                _ = symlink(victim, scratch.path("d/v.mp4.part"))
            }
            #expect(result.status == 2 && notes == SymlinkedPartTests.notes && requests == 0, "\(result.stderr)")
            return result
        },
        EdgeCase(edge: "symlinked .part.info", setUp: "`d/v.mp4.part.info` → `home/notes.txt`",
                 checked: "exit 2 (the rehearsal); notes.txt unchanged; nothing sent") {
            let (result, notes, requests, _) = try await SymlinkedPartTests.run { scratch, victim in
                _ = symlink(victim, scratch.path("d/v.mp4.part.info"))
            }
            #expect(result.status == 2 && notes == SymlinkedPartTests.notes && requests == 0, "\(result.stderr)")
            return result
        },
        EdgeCase(edge: "dangling symlink at the target", setUp: "`d/v.mp4` → `home/new.txt` (missing)",
                 checked: "exit 2 (the rehearsal); nothing sent; the link left as it was") {
            let (result, _, requests, targetIsLink) = try await SymlinkedPartTests.run { scratch, _ in
                _ = symlink(scratch.path("home/new.txt"), scratch.path("d/v.mp4"))
            }
            #expect(result.status == 2 && requests == 0 && targetIsLink, "\(result.stderr)")
            return result
        },
        EdgeCase(edge: "directory at the target", setUp: "`d/v.mp4/` exists; `set overwrite on`",
                 checked: "exit 2 (the rehearsal); nothing sent") {
            let (result, _, requests, _) = try await SymlinkedPartTests.run("set overwrite on; " + SymlinkedPartTests.download) { scratch, _ in
                try FileManager.default.createDirectory(atPath: scratch.path("d/v.mp4"), withIntermediateDirectories: true)
            }
            #expect(result.status == 2 && requests == 0, "\(result.stderr)")
            return result
        },
    ]

    static let redaction: [EdgeCase] = [
        redactionCase("redaction at a cut: error excerpt", .plain, offset: 116, options: [], where: "the 120-byte excerpt"),
        redactionCase("redaction at a cut: --json", .plain, offset: 100, options: ["--json"], where: "the 120-byte excerpt"),
        redactionCase("redaction at a cut: --trace", .plain, offset: 2040, options: ["--trace"], where: "the 2 KiB trace cut"),
        redactionCase("redaction: JSON-escaped key", .jsonEscaped, offset: 300, options: ["--trace"], where: "a traced body"),
        redactionCase("redaction: percent-encoded key", .percentEncoded, offset: 60, options: ["--trace"], where: "an excerpt and a traced body"),
    ]

    static func redactionCase(_ edge: String, _ echo: KeyEcho, offset: Int, options: [String], where place: String) -> EdgeCase {
        EdgeCase(edge: edge, setUp: "HTTP 502 page echoing the key \(echo == .plain ? "" : "\(echo) ")at byte \(offset), \(place)",
                 checked: "no 4 characters of the key, in any encoding, on stdout, stderr or in the journal",
                 evidence: options == ["--trace"] ? "authorization=" : nil) {
            try await SandboxFixture.with { sandbox, scratch in
                await sandbox.inject([.keyEcho(echo, offset: offset)], on: .create)
                let result = try await SandboxFixture.grok(
                    sandbox, scratch, options + ["-e", RedactionAtCutTests.submit], key: RedactionAtCutTests.key)
                let journal = RedactionAtCutTests.journal(scratch)
                #expect(result.status == 1 && journal.contains("create-failed"), "\(edge): \(result.stderr)")
                for text in [result.stdout, result.stderr, journal] {
                    #expect(RedactionAtCutTests.leaks(text).isEmpty, "\(edge): \(text)")
                }
                return result
            }
        }
    }

    static let fetches: [EdgeCase] = [
        EdgeCase(edge: "resumed part re-checked", setUp: "a dropped run's `d/v.mp4.part` rewritten as garbage; its `.part.info` matching",
                 checked: "exit 0; the video fetched whole with no Range; d/v.mp4 is the video (ftyp, its length)") {
            let outcome = try await ResumedPartEndToEndTests.run(ResumedPartEndToEndTests.garbage)
            #expect(outcome.result.status == 0 && outcome.targetIsWholeVideo && outcome.ranges == [nil], "\(outcome.result.stderr)")
            return outcome.result
        },
        EdgeCase(edge: "part longer than the video", setUp: "a dropped run's `d/v.mp4.part` padded past the video's end; its `.part.info` matching",
                 checked: "exit 0; the video fetched whole with no Range; d/v.mp4 is the video") {
            let outcome = try await ResumedPartEndToEndTests.run(ResumedPartEndToEndTests.tooLong)
            #expect(outcome.result.status == 0 && outcome.targetIsWholeVideo && outcome.ranges == [nil], "\(outcome.result.stderr)")
            return outcome.result
        },
        EdgeCase(edge: "refused connection", setUp: "`--base-url` a closed loopback port; `--trace -e \"status sbx-task-000001\"`",
                 checked: "exit 1; 2 attempts in the trace (one quick retry, whatever `retries` says)") {
            let (result, attempts, _) = try await RefusedConnectionTests.status()
            #expect(result.status == 1 && attempts == 2, "\(result.stderr)")
            return result
        },
    ]
}
