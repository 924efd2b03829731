import Foundation
import Testing

/// Hurl-style golden files: `Tests/Golden/<area>/<name>.grok` beside `.out`, `.err` and
/// `.exit`. Each script states what it expects in a header (`GoldenHeader`), runs as
/// `GoldenRun` says, and is compared with its recording (`GoldenExpectation`); `RECORD=1`
/// rewrites the recording, but never one that contradicts the script's header.
///
/// One at a time: each golden starts a sandbox in this process, and 170 of them at once
/// starve the process's few threads until creates time out.
@Suite(.serialized) struct GoldenTests {
    static var cases: [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: GoldenRun.root.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".grok") }.sorted()
    }

    @Test(arguments: cases)
    func golden(_ name: String) async throws {
        let script = GoldenRun.root.appendingPathComponent(name)
        let header: GoldenHeader
        do {
            header = try GoldenHeader.find(in: String(decoding: try Data(contentsOf: script), as: UTF8.self))
        } catch {
            Issue.record("\(name): \(error)")
            return
        }
        let expectation = GoldenExpectation(script: script)
        if let recorded = expectation.recordedExit, recorded != header.exit {
            Issue.record("\(name): the header expects exit \(header.exit), the recording has \(recorded)")
        }
        let run = try await GoldenRun.run(script)
        let contradictions = header.contradictions(exit: run.exit, log: run.log)
        for contradiction in contradictions { Issue.record("\(name): \(contradiction)") }
        if ProcessInfo.processInfo.environment["RECORD"] == "1" {
            // A result that contradicts the header is a defect to fix, not a new expectation.
            if contradictions.isEmpty { try expectation.record(run) }
            return
        }
        for difference in expectation.differences(from: run) { Issue.record("\(name): \(difference)") }
    }
}
