import Foundation
import GrokCore
import GrokReport
import GrokScript

/// One `GrokClient` per set of client options (base URL, retries, trace), kept until
/// shutdown, all sharing one journal, one rate cap (`rate-limit`, for the whole process)
/// and one wire log, whose exchange numbers they share.
/// Each client's records name its server; the in-process sandbox's are `sandbox`.
actor LiveServiceProvider: ServiceProvider {
    private let key: APIKey?
    /// Why the configured key could not be loaded; every service request reports it.
    private let keyError: GrokError?
    private let allowInsecureHTTP: Bool
    private let journal: Journal
    /// The in-process sandbox's base URL under `--sandbox`.
    private let sandbox: URL?
    /// Where `--trace` goes: each step as text, each ended exchange as a JSON event.
    private let report: @Sendable (OutputEvent) -> Void
    private var clients: [String: GrokClient] = [:]
    private let rateLimiter = RateLimiter(requestsPerSecond: Double(ClientConfiguration.defaultRequestsPerSecond))
    private let wireLog = WireLog()
    private let exchangeNumbers = ExchangeCounter()
    /// Pauses before each request while the session's `step` is on; `nil` without a terminal.
    private let stepMode: StepMode?

    init(key: APIKey?, keyError: GrokError? = nil, allowInsecureHTTP: Bool, journal: Journal, sandbox: URL?,
         report: @escaping @Sendable (OutputEvent) -> Void, stepMode: StepMode?) {
        self.key = key
        self.keyError = keyError
        self.allowInsecureHTTP = allowInsecureHTTP
        self.journal = journal
        self.sandbox = sandbox
        self.report = report
        self.stepMode = stepMode
    }

    func service(for options: SessionOptions) async throws(GrokError) -> any VideoService {
        if let keyError { throw keyError }
        await rateLimiter.setRate(Double(options.rateLimit))
        stepMode?.follow(options.step)
        let identity = "\(options.baseURL.absoluteString) \(options.retries) \(options.trace)"
        let origin = ServerOrigin(baseURL: options.baseURL, sandbox: sandbox)
        if let client = clients[identity] { return JournaledVideoService(client: client, journal: journal, origin: origin) }
        var configuration = ClientConfiguration(
            baseURL: options.baseURL, apiKey: key, allowInsecureHTTP: allowInsecureHTTP,
            retry: RetryPolicy(maxRetries: options.retries), requestsPerSecond: Double(options.rateLimit),
            trace: traceSink(printing: options.trace), gate: stepMode?.gate)
        configuration.exchangeNumbers = exchangeNumbers
        let client = try GrokClient(configuration: configuration, rateLimiter: rateLimiter)
        clients[identity] = client
        return JournaledVideoService(client: client, journal: journal, origin: origin)
    }

    /// `async` like the protocol's default, so a call on this type finds this one, not that.
    func wire() async -> WireLog? { wireLog }

    /// Every step goes to the wire log; with `trace`, to the user too.
    private func traceSink(printing: Bool) -> TraceSink {
        { [wireLog, report] event in
            let ended = wireLog.record(event)
            guard printing else { return }
            report(.trace(event))
            if let ended { report(.tracedExchange(ended)) }
        }
    }

    func stepsSkipped() -> Bool { stepMode?.takeSkip() ?? false }

    func journal(for options: SessionOptions) -> JournalView? {
        JournalView(journal: journal, origin: ServerOrigin(baseURL: options.baseURL, sandbox: sandbox))
    }

    /// The page of what this process's journal recorded: the tasks it created or touched.
    func writeReport(html path: String, for options: SessionOptions) async throws(ReportFailure) -> Int? {
        let jobs: [Job]
        do { jobs = try await journal.jobsRecordedHere() } catch { throw ReportFailure(reason: error.description) }
        let origin = ServerOrigin(baseURL: options.baseURL, sandbox: sandbox)
        do {
            try ReportFiles(html: path, junit: nil).write(jobs: jobs, servers: ReportServers.of(jobs, else: origin), redactor: key?.redactor ?? .none)
        } catch {
            throw ReportFailure(reason: error.reason)
        }
        return jobs.count
    }

    func hasSent() -> Bool {
        clients.values.contains { $0.hasDispatchedRequests }
    }

    func shutdown() async {
        for client in clients.values { await client.shutdown() }
        clients = [:]
    }
}
