import Foundation
import GrokCore

/// The session options of SPEC §3.4, typed: where the settings table's option rows live.
/// The defaults of polling, waiting and retries are GrokCore's own.
public struct SessionOptions: Sendable, Equatable {
    public enum OnError: String, Sendable { case stop, `continue` }
    public enum Format: String, Sendable { case text, json }
    public enum Color: String, Sendable { case auto, on, off }

    public var baseURL: URL
    public var outputDir = "."
    public var pollInterval = PollSchedule.defaultInitialInterval
    public var maxPollInterval = PollSchedule.defaultMaximumInterval
    public var timeout = Waiter.defaultTimeout
    public var retries = RetryPolicy.defaultMaxRetries
    public var autoDownload = false
    public var overwrite = false
    public var onError = OnError.stop
    public var format = Format.text
    public var color = Color.auto
    public var trace = false
    /// Before each request, show it and wait for Enter (`--step`, `set step on`).
    public var step = false
    /// The HAR file every exchange is written to (`set har`, `--har`); `nil`: none.
    public var har: String?
    /// The most tasks one run (a script, or a REPL entry) may create; `nil`: no limit.
    public var maxTasks: Int? = scriptTaskCap
    /// API requests per second, shared by every request of the process (SPEC §5).
    public var rateLimit = ClientConfiguration.defaultRequestsPerSecond
    /// Whether a create costs money: not on grok's own `--sandbox`, so its messages say
    /// "tasks", not "paid tasks". Not a setting: a run's server is chosen before it starts.
    public var paid = true
    /// Whether standard input is a terminal, where step mode can wait for Enter: `set step
    /// on` is refused without one. Not a setting: it is what grok was started on.
    public var canPause = false
    /// The base URL of the sandbox this grok runs itself (`--sandbox`): its port goes when
    /// grok exits, so `show curl` aimed at it says so. Not a setting, like `paid`.
    public var ownSandbox: URL?

    /// The cap a script runs under unless told otherwise: a runaway loop is refused before it spends.
    public static let scriptTaskCap = 100
    /// The cap of each REPL entry: a typo such as `repeat 100 { submit }` at the prompt costs nothing.
    public static let replTaskCap = 10

    public init(baseURL: URL) {
        self.baseURL = baseURL
    }

    /// A new session's options, against the paid API.
    static let initial = SessionOptions(baseURL: URL(string: ClientConfiguration.defaultBaseURL) ?? URL(fileURLWithPath: "/"))
}

extension Session {
    /// A new session: what `help options` gives as each setting's default.
    static let initial = Session(options: .initial)
}
