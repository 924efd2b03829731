import Testing
@testable import GrokCore

/// The schedule as a pure function of the answers seen (SPEC §5): progress curves in, pauses out.
@Suite struct PollScheduleTests {
    let schedule = PollSchedule(initialInterval: .seconds(5), maximumInterval: .seconds(15))

    func answers(_ points: [(seconds: Double, progress: Double?)]) -> [PollAnswer] {
        points.map { PollAnswer(elapsed: .seconds($0.seconds), progress: $0.progress) }
    }

    func seconds(_ duration: Duration) -> Double { duration / .seconds(1) }

    @Test func beforeTwoAnswersItIsTheGrowingSchedule() {
        #expect(schedule.pause(after: [], unit: 0.5) == .seconds(5))
        #expect(schedule.pause(after: answers([(5, 2)]), unit: 0.5) == .seconds(7.5))
    }

    @Test func linearProgressTimesTheNextPollForThePredictedFinish() {
        // 4 % a second from 30 % at 12.5 s: 100 % at 30 s, 17.5 s after the last answer.
        let pause = schedule.pause(after: answers([(5, 0), (12.5, 30)]), unit: 0.5)
        #expect(seconds(pause) >= 17.5)
        #expect(seconds(pause) <= 17.5 * 1.03 + 0.25 + 0.001)
        #expect(seconds(pause) > seconds(schedule.maximumInterval))
    }

    @Test func afterThePredictedFinishPollsComeAboutEverySecond() {
        let pause = schedule.pause(after: answers([(5, 0), (12.5, 30), (30, 99)]), unit: 0.5)
        #expect(pause == schedule.briskInterval)
        #expect(pause == .seconds(1))
        // Half a percent a second, one percent left: two seconds at most, about one plus the margin.
        let again = schedule.pause(after: answers([(5, 0), (12.5, 30), (30, 99), (31, 99.5)]), unit: 0.5)
        #expect(seconds(again) >= 1)
        #expect(seconds(again) <= 1.3)
    }

    @Test func neverSoonerThanOneSecondAfterTheLast() {
        let pause = schedule.pause(after: answers([(5, 10), (6, 99.9)]), unit: 0.5)
        #expect(pause == .seconds(1))
    }

    @Test func aShortPollIntervalIsTheFloor() {
        let quick = PollSchedule(initialInterval: .milliseconds(200), maximumInterval: .seconds(1))
        #expect(quick.briskInterval == .milliseconds(200))
        #expect(quick.pause(after: answers([(0.2, 10), (0.4, 99.99)]), unit: 0.5) == .milliseconds(200))
    }

    @Test func aSlowTaskStillReportsWithinFourMaximumIntervals() {
        // 1 % a minute: the finish is hours away.
        let pause = schedule.pause(after: answers([(5, 1), (65, 2)]), unit: 0.5)
        #expect(pause == .seconds(60))
    }

    @Test func stalledProgressFallsBackToTheGrowingSchedule() {
        let seen = answers([(5, 20), (12.5, 40), (27.5, 40)])
        #expect(schedule.predictedRemaining(after: seen) == nil)
        #expect(schedule.pause(after: seen, unit: 0.5) == schedule.interval(beforePoll: 3, unit: 0.5))
        #expect(schedule.pause(after: seen, unit: 0) == .seconds(12))
    }

    @Test func progressGoingBackwardsFallsBackToTheGrowingSchedule() {
        let seen = answers([(5, 50), (12.5, 10)])
        #expect(schedule.predictedRemaining(after: seen) == nil)
        #expect(schedule.pause(after: seen, unit: 0.5) == .seconds(11.25))
    }

    @Test func missingProgressFallsBackToTheGrowingSchedule() {
        #expect(schedule.pause(after: answers([(5, nil), (12.5, nil)]), unit: 0.5) == .seconds(11.25))
        #expect(schedule.pause(after: answers([(5, nil), (12.5, 30)]), unit: 0.5) == .seconds(11.25))
        #expect(schedule.pause(after: answers([(5, 30), (12.5, nil)]), unit: 0.5) == .seconds(11.25))
    }

    @Test func jumpingProgressPredictsFromTheLastStep() {
        // 0 % to 90 % in 7.5 s: 12 % a second, 10 % left: under a second, plus the margin.
        let soon = seconds(schedule.pause(after: answers([(5, 0), (12.5, 90)]), unit: 0.5))
        #expect(soon >= 1)
        #expect(soon < 1.2)
        // A jump after a stall: the stall is forgotten once progress rises again.
        let pause = schedule.pause(after: answers([(5, 10), (12.5, 10), (27.5, 10), (42.5, 55)]), unit: 0.5)
        #expect(seconds(pause) >= 15)
        #expect(seconds(pause) < 16)
    }

    @Test func predictionsAreNotJittered() {
        let seen = answers([(5, 0), (12.5, 30)])
        #expect(schedule.pause(after: seen, unit: 0) == schedule.pause(after: seen, unit: 0.99))
    }

    @Test func progressAtOneHundredIsDueAtOnce() {
        #expect(schedule.predictedRemaining(after: answers([(5, 50), (6, 100)])) == .zero)
        #expect(schedule.pause(after: answers([(5, 50), (6, 100)]), unit: 0.5) == .seconds(1))
    }
}
