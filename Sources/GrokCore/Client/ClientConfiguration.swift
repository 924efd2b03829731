import Foundation

/// How a `GrokClient` talks to the API.
public struct ClientConfiguration: Sendable {
    /// The API's own address, used when neither `--base-url` nor `JIMMYAI_BASE_URL` names another.
    public static let defaultBaseURL = "https://www.jimmyai.cn"
    public static let baseURLEnvironmentVariable = "JIMMYAI_BASE_URL"
    /// Requests per second unless `rate-limit` says otherwise: the provider's documented
    /// limit for one key is 5, and a batch that bursts past it is answered 429.
    public static let defaultRequestsPerSecond = 5

    public var baseURL: URL
    public var apiKey: APIKey?
    public var allowInsecureHTTP: Bool
    public var retry: RetryPolicy
    /// One cap shared by every request to the API, however many tasks are waited on.
    public var requestsPerSecond: Double
    /// For one API call, from sending to the end of the answer.
    public var requestTimeout: Duration
    public var connectTimeout: Duration
    /// Longest silence while a download streams before it counts as stalled.
    public var readTimeout: Duration
    /// JSON answers larger than this are refused.
    public var maxResponseBytes: Int
    public var trace: TraceSink?
    /// Asked before each request is sent, retries and polls included (`--step`).
    public var gate: RequestGate?
    /// Numbers each exchange (`#N` in the trace). Clients given one counter number the
    /// exchanges of a session once, whichever client sent them.
    public var exchangeNumbers = ExchangeCounter()

    public init(
        baseURL: URL, apiKey: APIKey? = nil, allowInsecureHTTP: Bool = false, retry: RetryPolicy = .init(),
        requestsPerSecond: Double = Double(defaultRequestsPerSecond), requestTimeout: Duration = .seconds(60), connectTimeout: Duration = .seconds(10),
        readTimeout: Duration = .seconds(60), maxResponseBytes: Int = 8 * 1024 * 1024, trace: TraceSink? = nil,
        gate: RequestGate? = nil
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.allowInsecureHTTP = allowInsecureHTTP
        self.retry = retry
        self.requestsPerSecond = requestsPerSecond
        self.requestTimeout = requestTimeout
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.maxResponseBytes = maxResponseBytes
        self.trace = trace
        self.gate = gate
    }

    /// Parses a base URL given by the user: http(s), a host, no query or fragment.
    public static func parseBaseURL(_ text: String) throws(GrokError) -> URL {
        let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
        guard let url = URL(string: trimmed), Origin(url) != nil, url.query == nil, url.fragment == nil else {
            throw .invalidBaseURL(text)
        }
        return url
    }
}
