import Foundation
import GrokCore
import GrokSyntax
import Testing
@testable import GrokScript

/// The rehearsal (SPEC §3.6) as a function: a checked script and a session in, the errors
/// it can foresee and the plan out. Nothing here sends, prints or sleeps.
@Suite struct RehearsalTests {
    func rehearse(_ text: String, files: [String: String] = [:], maxTasks: Int? = nil) async -> Rehearsal {
        var harness = CheckerHarness()
        harness.files = files
        let checked = harness.check(text)
        #expect(!checked.hasErrors, "\(checked.diagnostics.map(\.message))")
        var options = SessionOptions(baseURL: URL(fileURLWithPath: "/"))
        options.maxTasks = maxTasks
        let (batches, feed) = AsyncStream.makeStream(of: CheckedBatch.self)
        feed.yield(CheckedBatch(statements: checked.statements, sourced: checked.sourcedFiles))
        feed.finish()
        let start = Rehearsal.Start(session: Session(options: options), environment: [:], keepGoing: false)
        return await Rehearsal.run(batches, source: checked.source, directory: ".", from: start)
    }

    @Test func countsThePlan() async {
        let rehearsal = await rehearse("""
            prompt "a cat"
            image https://example.com/cat.png
            repeat 3 { submit }
            duration 15
            submit as big
            wait all
            download all
            """)
        #expect(!rehearsal.failed)
        #expect(rehearsal.plan.creates == 4)
        #expect(rehearsal.plan.videoSeconds == 45)
        #expect(rehearsal.plan.downloads == 4)
        #expect(rehearsal.plan.text == "plan: 4 paid tasks (45 s of video), 0 uploads, 4 downloads")
    }

    /// Ten thousand iterations rehearse in one pass: every create is counted, nothing waits.
    @Test func tenThousandIterationsAreRehearsedInFull() async {
        let rehearsal = await rehearse("prompt x\nimage https://e.com/i.png\nrepeat 10000 { submit; sleep 10m }")
        #expect(!rehearsal.failed)
        #expect(rehearsal.plan.creates == 10_000)
    }

    @Test func anErrorInTheLastIterationIsFoundBeforeTheFirstCreate() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rehearsal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("r.txt").path
        let lines = "16:9\n9:16\n4:3\n"
        try lines.write(toFile: path, atomically: true, encoding: .utf8)
        let rehearsal = await rehearse("prompt x\nimage https://e.com/i.png\nfor r in lines \(path) { ratio $r; submit }", files: [path: lines])
        #expect(rehearsal.failed)
        #expect(rehearsal.plan.creates == 2)
        #expect(rehearsal.diagnostics.first?.0.message == "unsupported ratio '4:3'")
        #expect(rehearsal.diagnostics.first?.0.notes.map(\.message) == ["$r is '4:3', from \(path):3"])
    }

    @Test func serverAnswersAreNotJudged() async {
        let rehearsal = await rehearse("""
            prompt x
            image https://e.com/i.png
            submit as cat
            wait cat
            assert $status == failed
            submit as $task
            echo $error
            """)
        #expect(!rehearsal.failed, "\(rehearsal.diagnostics.map(\.0.message))")
    }

    @Test func theBudgetStopsAnUnboundedRun() async {
        let rehearsal = await rehearse("prompt x\nimage https://e.com/i.png\nrepeat 1000000 { repeat 1000000 { submit } }", maxTasks: 5)
        #expect(rehearsal.diagnostics.map(\.0.id) == ["run.over-budget"])
        #expect(rehearsal.plan.creates == 6)
    }

    @Test func aValueDoublingWithoutBoundIsAnError() async {
        let rehearsal = await rehearse("let a = x\nrepeat 40 { let a = $a$a }")
        #expect(rehearsal.diagnostics.map(\.0.id) == ["run.value-too-large"])
    }

    @Test func sleepsAndOutputAreNotPerformed() async {
        let rehearsal = await rehearse("sleep 1h\necho hi\nexit 3")
        #expect(!rehearsal.failed)
        #expect(rehearsal.plan == Plan())
    }
}
