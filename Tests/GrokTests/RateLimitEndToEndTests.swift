import Foundation
import GrokSandbox
import Testing
import TestSupport

/// `set rate-limit N` reaches what the built `grok` sends: the sandbox receives the requests
/// spaced for N a second (`RateLimiter` spaces them 1.25 / N s apart). The spacing itself is
/// checked on booked slots in `RateLimiterTests`; here only a lower bound on the time from
/// the first arrival to the last, which a busy machine can only lengthen.
@Suite struct RateLimitEndToEndTests {
    @Test func setRateLimitSpacesTheRequestsTheSandboxReceives() async throws {
        try await SandboxFixture.with { sandbox, scratch in
            let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", "set rate-limit 1; balance; balance"])
            #expect(result.status == 0, "\(result.stderr)")
            let arrivals = await sandbox.requestLog().map(\.receivedAt)
            #expect(arrivals.count == 4, "two balances, two requests each")
            // Three gaps of 1.25 s make 3.75 s; the bound allows the first request to arrive
            // up to 1.25 s late. At the default 5 a second the four take 0.75 s.
            let span = arrivals.last.map { last in arrivals.first.map { last - $0 } ?? .zero } ?? .zero
            #expect(span >= .milliseconds(2_500), "the four requests arrived within \(span)")
        }
    }
}
