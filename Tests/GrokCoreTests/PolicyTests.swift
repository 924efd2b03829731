import Foundation
import Testing
@testable import GrokCore

@Suite struct PolicyTests {
    @Test func backoffIsFullJitterUnderAnExponentialCeiling() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(10))
        #expect(policy.delay(beforeRetry: 0, retryAfter: nil, unit: 1) == .seconds(1))
        #expect(policy.delay(beforeRetry: 2, retryAfter: nil, unit: 1) == .seconds(4))
        #expect(policy.delay(beforeRetry: 9, retryAfter: nil, unit: 1) == .seconds(10))
        #expect(policy.delay(beforeRetry: 3, retryAfter: nil, unit: 0) == .zero)
        #expect(policy.delay(beforeRetry: 3, retryAfter: nil, unit: 0.5) == .seconds(4))
    }

    @Test func retryAfterIsAFloor() {
        let policy = RetryPolicy(baseDelay: .seconds(1))
        #expect(policy.delay(beforeRetry: 0, retryAfter: .seconds(7), unit: 0.5) == .seconds(7))
    }

    @Test func retryAfterHeader() {
        #expect(RetryAfter.parse("3") == .seconds(3))
        #expect(RetryAfter.parse(nil) == nil)
        #expect(RetryAfter.parse("soon") == nil)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryAfter.parse("Tue, 14 Nov 2023 22:13:30 GMT", now: now) == .seconds(10))
    }

    @Test func pollScheduleGrowsToItsCapWithJitter() {
        let schedule = PollSchedule(initialInterval: .seconds(4), maximumInterval: .seconds(10))
        #expect(schedule.interval(beforePoll: 0, unit: 0.5) == .seconds(4))
        #expect(schedule.interval(beforePoll: 1, unit: 0.5) == .seconds(6))
        #expect(schedule.interval(beforePoll: 2, unit: 0.5) == .seconds(9))
        #expect(schedule.interval(beforePoll: 3, unit: 0.5) == .seconds(10))
        #expect(schedule.interval(beforePoll: 50, unit: 0.5) == .seconds(10))
        #expect(DurationText.format(schedule.interval(beforePoll: 0, unit: 0)) == "3.2s")
        #expect(DurationText.format(schedule.interval(beforePoll: 0, unit: 1)) == "4.8s")
    }

    @Test func createIsRetriedOnlyWhenItCannotHaveBeenProcessed() {
        let refused = RetryDecision(failure: TransportFailure(error: .network(.system(errno: ECONNREFUSED)), provablyNotSent: true), idempotent: false)
        #expect(refused.mayRetry)
        let limited = RetryDecision(failure: TransportFailure(error: .rateLimited(retryAfter: nil), provablyNotSent: false), idempotent: false)
        #expect(limited.mayRetry)
        let dropped = RetryDecision(failure: TransportFailure(error: .network(.closedByServer), provablyNotSent: false), idempotent: false)
        #expect(!dropped.mayRetry)
        #expect(dropped.finalError == .createOutcomeUnknown(cause: .network(.closedByServer)))
        let busy = RetryDecision(failure: TransportFailure(error: .api(code: -1, message: "busy", httpStatus: 200), provablyNotSent: false), idempotent: false)
        #expect(!busy.mayRetry)
        #expect(busy.finalError == .createOutcomeUnknown(cause: .api(code: -1, message: "busy", httpStatus: 200)))
        let rejected = RetryDecision(failure: TransportFailure(error: .api(code: 20002, message: "bad", httpStatus: 400), provablyNotSent: false), idempotent: false)
        #expect(rejected.finalError == .api(code: 20002, message: "bad", httpStatus: 400))
    }

    @Test func queriesRetryTransientFailures() {
        for error in [GrokError.network(.closedByServer), .timeout(.answering), .http(status: 502, excerpt: ""), .api(code: -1, message: "", httpStatus: 200),
                      .rateLimited(retryAfter: nil)] {
            #expect(RetryDecision(failure: TransportFailure(error: error, provablyNotSent: false), idempotent: true).mayRetry)
        }
        for error in [GrokError.http(status: 404, excerpt: ""), .notJSON(httpStatus: 200, excerpt: ""), .authentication(message: "")] {
            #expect(!RetryDecision(failure: TransportFailure(error: error, provablyNotSent: false), idempotent: true).mayRetry)
        }
    }

    @Test(arguments: [("250ms", 250), ("10s", 10_000), ("5m", 300_000), ("1h", 3_600_000), ("1m30s", 90_000), ("7", 7000), ("1.5", 1500)])
    func durationsParse(text: String, milliseconds: Int64) {
        #expect(DurationText.parse(text) == .milliseconds(milliseconds))
    }

    @Test(arguments: ["", "s", "10x", "-1", "1m30", "abc", "1e3", "99999999999999999999h"])
    func durationsRejected(text: String) {
        #expect(DurationText.parse(text) == nil)
    }

    @Test func durationsFormat() {
        #expect(DurationText.format(.seconds(90)) == "1m30s")
        #expect(DurationText.format(.milliseconds(250)) == "250ms")
        #expect(DurationText.format(.seconds(3600)) == "1h")
        #expect(DurationText.format(.zero) == "0s")
    }

    @Test func exitStatuses() {
        #expect(GrokError.missingKey.exitStatus.rawValue == 3)
        #expect(GrokError.api(code: 20001, message: "", httpStatus: 200).exitStatus.rawValue == 3)
        #expect(GrokError.network(.noResponse).exitStatus.rawValue == 1)
        #expect(GrokError.waitTimedOut(taskID: "t", after: .seconds(1)).exitStatus.rawValue == 4)
        #expect(GrokError.taskFailed(taskID: "t", status: "failed", message: nil).exitStatus.rawValue == 5)
        #expect(GrokError.cancelled.exitStatus.rawValue == 130)
    }

    @Test func jsonRendersInOrderAndEscapes() {
        let value: JSONValue = .object(["b": 1, "a": .array([.string("x\"\n\u{01}"), .bool(true), .null, .number(1.5)])])
        #expect(value.compactText == #"{"b":1,"a":["x\"\n\u0001",true,null,1.5]}"#)
        #expect(value.prettyText == "{\n  \"b\": 1,\n  \"a\": [\n    \"x\\\"\\n\\u0001\",\n    true,\n    null,\n    1.5\n  ]\n}")
    }
}
