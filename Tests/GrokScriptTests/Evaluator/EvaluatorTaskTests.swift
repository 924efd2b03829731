import Foundation
import Testing
@testable import GrokCore
@testable import GrokScript

/// Commands that reach the service: what they ask of it, what they leave in the session,
/// and the status a failure gives.
@Suite struct EvaluatorTaskTests {
    static let draft = "prompt \"a cat\"\nimage https://example.com/cat.png\n"

    @Test func submitRecordsTheTask() async {
        let run = await EvaluatorRun.run(Self.draft + "submit as cat")
        #expect(run.status == .success)
        #expect(run.service.calls("submit") == [.init(name: "submit", argument: "a cat")])
        #expect(run.session.submitted == ["mem-1"])
        #expect(run.session.names == ["cat": "mem-1"])
        #expect(run.session.builtins[.task] == "mem-1")
        #expect(run.session.builtins[.status] == "queued")
        #expect(run.reporter.submitted == ["mem-1"])
    }

    @Test func reusingANameWarns() async {
        let run = await EvaluatorRun.run(Self.draft + "submit as cat\nsubmit as cat")
        #expect(run.session.names == ["cat": "mem-2"])
        #expect(run.reporter.warnings == ["the name 'cat' now means mem-2, no longer mem-1"])
    }

    @Test func waitFollowsTheTaskToItsVideo() async {
        let run = await EvaluatorRun.run(Self.draft + "submit as cat\nwait cat")
        #expect(run.status == .success)
        #expect(run.service.calls("wait") == [.init(name: "wait", argument: "mem-1")])
        #expect(run.reporter.statuses == ["mem-1 queued", "mem-1 processing"])
        #expect(run.reporter.finished == ["mem-1 completed"])
        #expect(run.session.builtins[.status] == "completed")
        #expect(run.session.builtins[.videoURL] == "https://videos.invalid/mem-1.mp4")
        #expect(run.session.builtins[.progress] == "100")
    }

    @Test func aFailedTaskExitsFive() async {
        let run = await EvaluatorRun.run("prompt \"a logo [fail]\"\nimage https://example.com/cat.png\nsubmit\nwait\necho never")
        #expect(run.status == .taskFailed)
        #expect(run.reporter.errorIDs == ["run.task-failed"])
        #expect(run.reporter.echoes.isEmpty)
        #expect(run.session.builtins[.error] == "task mem-1 failed: PROVIDER_MODERATION_ERROR: TRADEMARK")
    }

    @Test func aWaitThatRunsOutExitsFour() async {
        let run = await EvaluatorRun.run("prompt \"a cat [never]\"\nimage https://example.com/cat.png\nsubmit\nwait timeout 1s")
        #expect(run.status == .waitTimedOut)
        #expect(run.reporter.errorIDs == ["run.wait-timeout"])
    }

    /// Nothing submitted: a usage error and nothing sent (not even a query).
    @Test func waitWithNoTaskIsAUsageErrorAndSendsNothing() async {
        let run = await EvaluatorRun.run("wait")
        #expect(run.status == .usage)
        #expect(run.reporter.errorIDs == ["run.no-task"])
        #expect(!run.service.hasSent())
    }

    /// An image path known only at run time that does not exist: usage error, no upload, no create.
    @Test func anUnreadableImageIsAUsageErrorAndSendsNothing() async {
        let run = await EvaluatorRun.run("let name = no-such-image\nprompt \"a cat\"\nimage $name.png\nsubmit")
        #expect(run.status == .usage)
        #expect(run.reporter.errorIDs == ["run.unreadable-file"])
        #expect(!run.service.hasSent())
    }

    @Test func statusQueriesEachTask() async {
        let run = await EvaluatorRun.run(Self.draft + "submit as cat\nsubmit as dog\nstatus all\nstatus cat")
        #expect(run.service.calls("query").map(\.argument) == ["mem-1", "mem-2", "mem-1"])
        #expect(run.reporter.statuses == ["mem-1 queued", "mem-2 queued", "mem-1 processing"])
        #expect(run.session.known["mem-1"]?.progress == 50)
    }

    @Test func downloadAfterWaitSavesAndSetsFile() async throws {
        let run = await EvaluatorRun.run(Self.draft + "submit as cat\nwait\ndownload cat to out/cat.mp4")
        #expect(run.status == .success)
        #expect(run.service.calls("download") == [.init(name: "download", argument: "https://videos.invalid/mem-1.mp4 out/cat.mp4")])
        #expect(run.session.builtins[.file] == "out/cat.mp4")
        #expect(run.reporter.downloads == ["mem-1 out/cat.mp4"])
        #expect(run.service.calls("query").isEmpty, "the wait already knows the video")
    }

    @Test func downloadDefaultsToTheTaskName() async {
        let run = await EvaluatorRun.run(Self.draft + "set output-dir videos\nsubmit as cat\nwait\ndownload")
        #expect(run.reporter.downloads == ["mem-1 videos/cat.mp4"])
    }

    @Test func downloadBeforeTheVideoIsARuntimeError() async {
        let run = await EvaluatorRun.run(Self.draft + "submit as cat\ndownload cat")
        #expect(run.status == .runtimeError)
        #expect(run.reporter.errorIDs == ["run.no-video"])
        #expect(run.service.calls("query").count == 1)
        #expect(run.service.calls("download").isEmpty)
    }

    @Test func balanceAndJobs() async {
        let run = await EvaluatorRun.run(Self.draft + "submit as cat\nbalance\njobs")
        #expect(run.reporter.balances == 1)
        #expect(run.reporter.jobs.map { $0.map(\.taskID) } == [["mem-1"]])
    }

    /// `jobs` reads the journal only: a usage error after it is still status 2.
    @Test func jobsSendsNothing() async {
        let run = await EvaluatorRun.run("jobs\nlet r = 4:3\nratio $r")
        #expect(run.service.calls.map(\.name) == ["jobs"])
        #expect(run.status == .usage)
    }

    @Test func aConfigurationErrorExitsThree() async {
        let service = InMemoryVideoService(failing: ["service": [.missingKey]])
        let run = await EvaluatorRun.run("balance", service: service)
        #expect(run.status == .authentication)
        #expect(run.service.calls.isEmpty)
    }

    @Test func anAPIErrorIsARuntimeErrorAndSetsError() async {
        let service = InMemoryVideoService(failing: ["balances": [.api(code: 20002, message: "bad", httpStatus: 400)]])
        let run = await EvaluatorRun.run("set on-error continue\nbalance\necho \"after: $error\"", service: service)
        #expect(run.status == .runtimeError)
        #expect(run.reporter.echoes == ["after: API error 20002: bad"])
    }

    @Test func keepGoingEndsWithTheFirstFailure() async {
        let run = await EvaluatorRun.run("assert a == b\nwait\necho end", keepGoing: true)
        #expect(run.reporter.errorIDs == ["run.assertion-failed", "run.no-task"])
        #expect(run.reporter.echoes == ["end"])
        #expect(run.status == .runtimeError)
    }

    @Test func uploadRemembersItsURL() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("evaluator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0x89, 0x50]).write(to: directory.appendingPathComponent("cat.png"))
        let run = await EvaluatorRun.run("upload cat.png\nprompt \"a cat\"\nimage cat.png\nsubmit", directory: directory.path)
        #expect(run.status == .success, "\(run.reporter.reported.map(\.message))")
        #expect(run.service.calls("upload").count == 1, "submit reuses the URL of the upload of the same file")
        #expect(run.session.builtins[.uploadURL] == "https://uploads.invalid/cat.png")
    }

    /// The word `last` is the language's: with nothing submitted in this run, `status last`
    /// (and `status` alone) asks the journal for its latest job, not for a job named "last".
    @Test(arguments: ["status last", "status"])
    func lastReachesTheJournalAsLatest(script: String) async {
        let jobs = [Job(name: "old", taskID: "t-old", confirmation: .created, updatedAt: Date()),
                    Job(name: "new", taskID: "t-new", confirmation: .created, updatedAt: Date())]
        let run = await EvaluatorRun.run(script, service: InMemoryVideoService(jobs: jobs))
        #expect(run.service.calls("resolve") == [.init(name: "resolve", argument: "latest")])
        #expect(run.service.calls("query") == [.init(name: "query", argument: "t-new")])
    }
}
