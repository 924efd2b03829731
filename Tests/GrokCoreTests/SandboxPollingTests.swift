import Foundation
import GrokSandbox
import Testing
@testable import GrokCore

/// How grok tells a sandbox (`X-Grok-Sandbox`) and polls it as promptly as under `--sandbox`.
@Suite struct SandboxPollingTests {
    @Test func theClientAndTheSandboxNameOneHeader() {
        #expect(SandboxAnnouncement.header == SandboxServer.announcementHeaderName)
    }

    @Test func aSandboxScheduleStartsWithinASecondAndKeepsAQuickerUsersChoice() {
        let usual = PollSchedule()
        #expect(usual.forSandbox.initialInterval == .seconds(1))
        #expect(usual.forSandbox.maximumInterval == usual.maximumInterval)
        #expect(usual.forSandbox.interval(beforePoll: 0, unit: 0.5) == .seconds(1))
        let quick = PollSchedule(initialInterval: .milliseconds(100), maximumInterval: .milliseconds(200))
        #expect(quick.forSandbox == quick)
    }

    @Test func aClientKnowsASandboxFromItsFirstAnswer() async throws {
        try await SandboxHarness.run(.init(taskPace: .queries(3), announcesItself: true)) { harness in
            #expect(!harness.client.answeredBySandbox, "nothing answered yet")
            _ = try await harness.client.userBalance()
            #expect(harness.client.answeredBySandbox)
        }
    }

    /// The library's default, which the tests use: answered as the real API is.
    @Test func aSandboxAnsweringAsTheRealAPIIsNotTakenForOne() async throws {
        try await SandboxHarness.run(.init(taskPace: .queries(3))) { harness in
            _ = try await harness.client.userBalance()
            #expect(!harness.client.answeredBySandbox)
        }
    }
}
