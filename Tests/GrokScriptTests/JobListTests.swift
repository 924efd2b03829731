import Foundation
import GrokCore
import Testing
@testable import GrokScript

/// `jobs` lists one server's tasks; `jobs all` every server's, each row naming its host.
@Suite struct JobListTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    var jobs: [Job] {
        [Job(origin: ServerOrigin(text: "http://127.0.0.1:8001"), name: "cat", taskID: "sbx-task-000001", confirmation: .created,
             status: .queued, updatedAt: now),
         Job(origin: .sandbox, name: "cat", taskID: "sbx-k3f9q2-000001", confirmation: .created, status: .queued, updatedAt: now),
         Job(name: "old", taskID: "t0", confirmation: .created, status: .queued, updatedAt: now)]
    }

    @Test func everyServersListNamesEachHost() {
        let lines = JobTable.render(jobs, now: now, hosts: true).split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("HOST            NAME") == true, "\(lines)")
        #expect(lines.dropFirst().map { $0.prefix(16).trimmingCharacters(in: .whitespaces) } == ["127.0.0.1:8001", "sandbox", "?"])
    }

    @Test func oneServersListHasNoHostColumn() {
        #expect(JobTable.render(jobs, now: now).hasPrefix("NAME "))
    }

    @Test func jsonNamesEachJobsOrigin() {
        let out = BufferStream()
        JSONReporter(out: out, err: BufferStream()).emit(.jobs(jobs, now: now, everyServer: true))
        let listed = JSONValue.parse(Array(out.text.utf8))?["jobs"]
        guard case .array(let rows) = listed else { Issue.record("no jobs in \(out.text)"); return }
        #expect(rows.map { $0["origin"] } == [.string("http://127.0.0.1:8001"), .string("sandbox"), .null])
    }

    /// `jobs` asks for this server's jobs, `jobs all` for every server's.
    @Test func jobsAllAsksForEveryServer() async {
        let run = await EvaluatorRun.run("jobs\njobs all")
        #expect(run.service.calls("jobs").map(\.argument) == ["", "every server"])
    }
}
