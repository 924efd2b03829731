import Foundation
import GrokSandbox
import Testing
import TestSupport

/// Every fault the sandbox can inject, in every phase of a run (upload, create, query,
/// download), once and on every request: the built `grok` runs one script against it, and
/// what it did is checked and written to `docs/reliability.md`. The table there is this
/// test's output, never typed by hand.
@Suite struct FaultMatrixTests {
    struct Phase: Sendable {
        let name: String
        let endpoint: SandboxEndpoint
    }

    struct Fault: Sendable {
        let name: String
        /// Injected in this order, repeated as often as the frequency asks.
        let cycle: [SandboxFault]
        /// An answer that says "still running": a wait goes on polling until its timeout.
        var stillRunning = false

        init(name: String, fault: SandboxFault, stillRunning: Bool = false) {
            self.init(name: name, cycle: [fault], stillRunning: stillRunning)
        }

        init(name: String, cycle: [SandboxFault], stillRunning: Bool = false) {
            self.name = name
            self.cycle = cycle
            self.stillRunning = stillRunning
        }
    }

    enum Frequency: String, Sendable, CaseIterable {
        case once = "once"
        case always = "every time"
        /// Faults queued for "every time": more than any bounded loop may use.
        var count: Int { self == .once ? 1 : 40 }
    }

    struct Row: Sendable {
        let fault: String
        let phase: String
        let frequency: Frequency
        let outcome: String
        let exit: Int32
        let createsSent: Int
        let fileWritten: Bool
    }

    static let phases = [
        Phase(name: "upload", endpoint: .upload), Phase(name: "create", endpoint: .create),
        Phase(name: "query", endpoint: .query), Phase(name: "download", endpoint: .video),
    ]

    static let faults = [
        Fault(name: "HTTP 500", fault: .httpStatus(500)),
        Fault(name: "HTTP 429, Retry-After 0", fault: .rateLimited(retryAfter: 0)),
        Fault(name: "code -1 (busy)", fault: .serverBusy),
        Fault(name: "dropped connection", fault: .dropConnection),
        Fault(name: "slow body", fault: .slowBody(chunkDelay: .milliseconds(2))),
        Fault(name: "malformed JSON", fault: .malformedJSON),
        Fault(name: "HTML page", fault: .htmlBody),
        Fault(name: "empty body", fault: .emptyBody),
        Fault(name: "wrong Content-Range", fault: .wrongContentRange),
        Fault(name: "dropped, then a 206 from byte 0", cycle: [.dropConnection, .wrongContentRange]),
        Fault(name: "control characters", fault: .controlCharacters, stillRunning: true),
        Fault(name: "unknown status, progress 250", fault: .unknownStatus, stillRunning: true),
    ]

    static let script = """
        set retries 2
        set poll-interval 100ms
        set max-poll-interval 200ms
        prompt "a cat surfing"
        image cat.png
        submit as cat
        wait cat
        download cat to out/cat.mp4
        """

    static let videoSize = 300_000

    @Test func everyFaultInEveryPhase() async throws {
        var cases: [(Fault, Phase, Frequency)] = []
        for fault in Self.faults {
            for phase in Self.phases {
                for frequency in Frequency.allCases { cases.append((fault, phase, frequency)) }
            }
        }
        var rows: [Row] = []
        // A few at a time: each run has a sandbox in this process.
        for batch in stride(from: 0, to: cases.count, by: 4).map({ Array(cases[$0..<min($0 + 4, cases.count)]) }) {
            rows += try await withThrowingTaskGroup(of: Row.self) { group in
                for (fault, phase, frequency) in batch {
                    group.addTask { try await Self.run(fault, in: phase, frequency) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        let order = { (row: Row) in
            (Self.faults.firstIndex { $0.name == row.fault } ?? 0) * 100 + (Self.phases.firstIndex { $0.name == row.phase } ?? 0) * 10
                + (row.frequency == .once ? 0 : 1)
        }
        rows.sort { order($0) < order($1) }
        var edges: [EdgeCase.Row] = []
        for edge in EdgeCase.all { edges.append(try await edge.row()) }
        try Self.document(rows, edges: edges).write(to: BuiltProduct.packageRoot.appendingPathComponent("docs/reliability.md"), atomically: true, encoding: .utf8)
    }

    static func run(_ fault: Fault, in phase: Phase, _ frequency: Frequency) async throws -> Row {
        try await SandboxFixture.with(.init(taskPace: .queries(3), videoSize: videoSize)) { sandbox, scratch in
            try scratch.write("cat.png", "\u{89}PNG\r\n\u{1A}\n not really an image, the sandbox does not look")
            try scratch.write("run.grok", script)
            await sandbox.inject(Array(repeating: fault.cycle, count: frequency.count).flatMap { $0 }, on: phase.endpoint)
            let result = try await SandboxFixture.grok(sandbox, scratch, ["--no-color", "run.grok"])
            let label = "\(fault.name) / \(phase.name) / \(frequency.rawValue)"
            let log = await sandbox.requestLog()
            let tasks = await sandbox.tasks()
            let target = scratch.path("out/cat.mp4")
            let written = FileManager.default.fileExists(atPath: target)

            // What every row must show, whatever the fault.
            for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) },
                        "\(label): a raw control character on \(stream): \(text.debugDescription)")
            }
            #expect(tasks.count <= 1, "\(label): \(tasks.count) tasks created")
            #expect([0, 1, 4, 5].contains(result.status), "\(label): exit \(result.status)\n\(result.stderr)")
            #expect(written == (result.status == 0), "\(label): exit \(result.status) but file written: \(written)\n\(result.stderr)")
            if written {
                let data = try Data(contentsOf: URL(fileURLWithPath: target))
                #expect(data.count == videoSize && String(decoding: data[4..<8], as: UTF8.self) == "ftyp", "\(label): not the video")
            }
            if !(fault.stillRunning && phase.endpoint == .query) {
                #expect(log.filter { $0.endpoint == phase.endpoint }.count <= 4 * (2 + 1) + 5, "\(label): unbounded requests")
            }

            return Row(fault: fault.name, phase: phase.name, frequency: frequency,
                       outcome: outcome(result, sandbox: sandbox, scratch: scratch), exit: result.status,
                       createsSent: log.filter { $0.endpoint == .create }.count, fileWritten: written)
        }
    }

    /// The line that says what happened: the first error, else the download's line.
    static func outcome(_ result: GrokProcess.Result, sandbox: Sandbox, scratch: TemporaryDirectory) -> String {
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

    static func document(_ rows: [Row], edges: [EdgeCase.Row]) -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "`", with: "'") }
        var text = """
            # Reliability: every fault in every phase

            Written by `swift test --filter FaultMatrixTests` (Tests/GrokTests/FaultMatrixTests.swift);
            do not edit by hand. Each row is one run of the built `grok` against a sandbox on loopback
            that injects the fault on one endpoint, once or on every request, with this script
            (`cat.png` is a local file, so it is uploaded before the create):

            ```
            \(script)
            ```

            Checked in every row: no raw control character reaches standard output or error; at
            most one task is created; a file is written exactly when grok exits 0, and then it is
            the whole video (\(videoSize) bytes, an MP4 `ftyp` box); requests to the faulted endpoint
            stay bounded (except polls answered "still running", which a wait repeats until its
            timeout, as it must). Exit statuses: 0 success, 1 runtime error, 4 wait timed out, 5 task failed.

            | fault | phase | how often | what grok did | exit | creates sent | file written |
            |---|---|---|---|---|---|---|

            """
        for row in rows {
            text += "| \(cell(row.fault)) | \(row.phase) | \(row.frequency.rawValue) | \(cell(row.outcome)) | \(row.exit) | \(row.createsSent) | \(row.fileWritten ? "yes" : "no") |\n"
        }
        text += """

            ## Edges around the run

            What is already on disk, text cut near the key, one journal shared by several servers,
            a server that is not there, a run's money: each row is one run of the built `grok`
            (`EdgeCase` in Tests/GrokTests/EdgeCases*.swift); the last column is what the run
            checked. The downloads run `\(SymlinkedPartTests.download)`.

            | edge | set-up | what grok did | exit | checked |
            |---|---|---|---|---|

            """
        for edge in edges {
            text += "| \(cell(edge.edge)) | \(cell(edge.setUp)) | \(cell(edge.outcome)) | \(edge.exit) | \(cell(edge.checked)) |\n"
        }
        return text
    }
}
