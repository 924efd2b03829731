import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Every fault the sandbox can inject, in every phase of a run (upload, create, query,
/// download), once and on every request: the built `grok` runs one script against it, and
/// each row must end as grok promises for that fault (`Promise`). The rows, and the edge
/// cases' rows, make `docs/reliability.md`; the committed page must be what the run produced.
@Suite struct FaultMatrixTests {
    @Test func everyFaultInEveryPhase() async throws {
        let cases = Self.cases
        var rows: [Row] = []
        // A few at a time: each run has a sandbox in this process.
        for batch in stride(from: 0, to: cases.count, by: 4).map({ Array(cases[$0..<min($0 + 4, cases.count)]) }) {
            rows += try await withThrowingTaskGroup(of: (Int, Row).self) { group in
                for (index, (fault, phase, frequency)) in batch.enumerated() {
                    group.addTask { (index, try await Self.run(fault, in: phase, frequency)) }
                }
                return try await group.reduce(into: []) { $0.append($1) }.sorted { $0.0 < $1.0 }.map(\.1)
            }
        }
        var edges: [EdgeCase.Row] = []
        for edge in EdgeCase.all { edges.append(try await edge.row()) }
        let differences = try Self.page.differences(from: Self.document(rows, edges: edges))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    /// The matrix can fail: with the retries gone, one HTTP 500 on a query is no longer
    /// survived, and the row differs from its promise.
    @Test func losingTheRetriesIsCaught() async throws {
        let (fault, phase) = (Self.faults[0], Self.phases[2])
        #expect(fault.name == "HTTP 500" && phase.endpoint == .query)
        let promised = fault.promise.outcome(on: phase.endpoint, .once)
        let withRetries = try await Self.observe(fault, in: phase, .once)
        let without = try await Self.observe(fault, in: phase, .once,
                                             script: Self.script.replacingOccurrences(of: "set retries 2", with: "set retries 0"))
        #expect(withRetries.outcome == promised)
        #expect(without.outcome != promised && without.outcome.exit == 1, "\(without.outcome)")
    }

    /// One row: observed, checked against its promise and what every row must show.
    static func run(_ fault: Fault, in phase: Phase, _ frequency: Frequency) async throws -> Row {
        let seen = try await observe(fault, in: phase, frequency)
        let label = "\(fault.name) / \(phase.name) / \(frequency.rawValue)"
        let promised = fault.promise.outcome(on: phase.endpoint, frequency)
        #expect(seen.outcome == promised, "\(label): promised \(promised), got \(seen.outcome)\n\(seen.result.stderr)")
        for (stream, text) in [("stdout", seen.result.stdout), ("stderr", seen.result.stderr)] {
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) },
                    "\(label): a raw control character on \(stream): \(text.debugDescription)")
        }
        #expect(seen.tasks <= 1, "\(label): \(seen.tasks) tasks created")
        #expect(seen.outcome.fileWritten == (seen.result.status == 0), "\(label): exit \(seen.result.status), file written: \(seen.outcome.fileWritten)")
        if let video = seen.video {
            #expect(video.count == videoSize && String(decoding: video[4..<8], as: UTF8.self) == "ftyp", "\(label): not the video")
        }
        if !(fault.stillRunning && phase.endpoint == .query) {
            #expect(seen.requests <= 4 * (retries + 1) + 5, "\(label): unbounded requests")
        }
        return Row(fault: fault.name, phase: phase.name, frequency: frequency,
                   outcome: fault.promise.steadyWords(on: phase.endpoint, frequency) ?? seen.shown, result: seen.outcome)
    }

    struct Observation {
        let result: GrokProcess.Result
        let outcome: Outcome
        /// Requests that reached the faulted endpoint.
        let requests: Int
        let tasks: Int
        /// The file written, if any.
        let video: Data?
        /// What the page shows of the run's output.
        let shown: String
    }

    /// Runs `script` with the fault injected and reports what happened, checking nothing.
    static func observe(_ fault: Fault, in phase: Phase, _ frequency: Frequency, script: String = script) async throws -> Observation {
        try await SandboxFixture.with(.init(taskPace: .queries(3), videoSize: videoSize)) { sandbox, scratch in
            try scratch.write("cat.png", "\u{89}PNG\r\n\u{1A}\n not really an image, the sandbox does not look")
            try scratch.write("run.grok", script)
            await sandbox.inject(Array(repeating: fault.cycle, count: frequency.count).flatMap { $0 }, on: phase.endpoint)
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--no-color", "run.grok"])
            let log = await sandbox.requestLog()
            let video = try? Data(contentsOf: URL(fileURLWithPath: scratch.path("out/cat.mp4")))
            return Observation(
                result: result,
                outcome: Outcome(exit: result.status, creates: log.filter { $0.endpoint == .create }.count, fileWritten: video != nil),
                requests: log.filter { $0.endpoint == phase.endpoint }.count, tasks: await sandbox.tasks().count, video: video,
                shown: shown(result, sandbox: sandbox, scratch: scratch))
        }
    }

    /// The line that says what happened: the first error, else the download's line.
    static func shown(_ result: GrokProcess.Result, sandbox: Sandbox, scratch: TemporaryDirectory) -> String {
        let lines = (result.stderr + result.stdout).split(separator: "\n").map(String.init)
        let line = lines.first { $0.hasPrefix("error:") } ?? lines.last { $0.hasPrefix("downloaded") } ?? lines.last ?? ""
        let warnings = lines.filter { $0.hasPrefix("warning:") }
        // The first line that shows server text escaped or an unknown status, as evidence.
        let notable = lines.first { ($0.contains("\\u{") || $0.contains("exploded")) && $0 != line }
        let shown = ([line] + warnings + [notable].compactMap { $0 }).joined(separator: "; ")
            .replacingOccurrences(of: sandbox.baseURL.absoluteString, with: "http://SANDBOX")
            .replacingOccurrences(of: scratch.url.path + "/", with: "")
        return shown.count > 160 ? String(shown.prefix(159)) + "…" : shown
    }
}
