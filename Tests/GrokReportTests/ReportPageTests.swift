import Foundation
import GrokCore
@testable import GrokReport
import Testing

/// What the page shows: the header's counts, the cards grouped by prompt, newest first.
@Suite struct ReportPageTests {
    static func page(_ jobs: [Job]) -> ReportPage {
        ReportPage(tasks: jobs.map(ReportTask.init), servers: [.sandbox], generatedAt: ReportJobs.start, pageDirectory: "/r", fileExists: { _ in true })
    }

    @Test func theHeaderCountsEachOutcomeAndTheVideoMade() {
        let page = Self.page([ReportJobs.completed(), ReportJobs.completed(taskID: "t9"), ReportJobs.failed(), ReportJobs.running(),
                              ReportJobs.unconfirmed()])
        #expect((page.total, page.succeeded, page.failed, page.running, page.unconfirmed) == (5, 2, 1, 1, 1))
        #expect(page.videoSeconds == "20 s", "two succeeded tasks of 10 s")
        #expect(page.servers == "the sandbox (no key, no cost)")
    }

    @Test func noUnconfirmedTaskLeavesItOutOfTheHeader() {
        #expect(Self.page([ReportJobs.completed()]).unconfirmed == nil)
    }

    @Test func cardsOfOnePromptAreGroupedNewestFirst() {
        let page = Self.page([ReportJobs.completed(taskID: "old", prompt: "a cat", at: 0), ReportJobs.failed(taskID: "dog", at: 10),
                              ReportJobs.completed(taskID: "new", prompt: "a cat", at: 20)])
        #expect(page.groups.map(\.groupPrompt) == ["a cat", "a dog [fail]"])
        #expect(page.groups.first?.cards.map(\.taskID) == ["new", "old"])
        #expect(page.groups.first?.count == "2 tasks")
    }

    @Test func aCardShowsEveryFieldOfItsTask() throws {
        let card = try #require(Self.page([ReportJobs.completed(file: "/r/cat.mp4", imageFile: "/r/in/cat.png")]).groups.first?.cards.first)
        #expect(card.cardTitle == "cat" && card.taskID == "t1" && card.status == "completed" && card.outcome == "succeeded")
        #expect(card.model == "grok-imagine-video-1.5" && card.duration == "10 s" && card.shape == "16:9")
        #expect(card.waited == "42 s" && card.queries == "7" && card.scriptLine == "batch.grok:3")
        #expect(card.image?.imageSource == "in/cat.png" && card.image?.imageName == "cat.png")
        #expect(card.video?.videoSource == "cat.mp4" && card.video?.preload == "metadata")
        #expect(card.submitted?.iso == "2027-01-15T08:00:00Z")
        #expect(card.reason == nil)
    }

    @Test func aFailedCardSaysWhy() throws {
        let card = try #require(Self.page([ReportJobs.failed(reason: "moderated")]).groups.first?.cards.first)
        #expect(card.outcome == "failed" && card.reason == "moderated")
    }

    @Test func anUnconfirmedCreateSaysATaskMayExist() throws {
        let task = ReportTask(job: ReportJobs.unconfirmed())
        #expect(task.outcome == .unconfirmed && task.statusText == "create unconfirmed")
        #expect(task.title == "maybe")
    }

    @Test func aServerIsNamedByItsHostAndWhetherItIsLocal() {
        #expect(ReportPage.describe(ServerOrigin(text: "https://api.x.ai:443")) == "api.x.ai (the paid API)")
        #expect(ReportPage.describe(ServerOrigin(text: "http://127.0.0.1:8080")) == "127.0.0.1:8080 (a server on this machine)")
        #expect(ReportPage.describe(nil) == "a server not recorded (older journal lines)")
    }

    @Test func anEmptyReportSaysSo() throws {
        let html = try HTMLReport(jobs: [], servers: [.sandbox], generatedAt: ReportJobs.start).render(pageDirectory: "/r")
        #expect(html.contains("No tasks to show."))
        #expect(html.contains("<strong>0</strong> succeeded"))
    }
}
