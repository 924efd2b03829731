import ArgumentParser
import Foundation
import GrokSandbox

/// The options of `grok-sandbox` and `grok sandbox`, and running the server with them.
public struct SandboxOptions: ParsableArguments {
    public init() {}

    public static let discussion = """
        Prints its base URL as the first line of standard output, then the lines to paste \
        into a shell to use it (export JIMMYAI_BASE_URL=…, export JIMMYAI_API_KEY=anything), \
        then one line per request to standard error. Stops on SIGINT or SIGTERM. Prompt markers \
        such as [429] and [fail], and what grok does with each fault: grok help sandbox. \
        See docs/sandbox.md.
        """

    @Option(help: "Address to listen on.")
    public var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    public var port = 0

    @Option(help: "Seconds from create to completed.")
    public var taskSeconds = 4.0

    @Option(help: "Advance each task one step per query instead of in time: the N-th query sees it completed.")
    public var taskQueries: Int?

    @Option(help: "Pad the served MP4 to exactly this many bytes.")
    public var videoSize: Int?

    @Option(help: "File holding the one accepted API key (mode 600 or 400). Without it any non-empty key is accepted.")
    public var apiKeyFile: String?

    @Flag(help: "Answer \"code\" as a number.")
    public var codeAsNumber = false

    @Flag(help: "Answer queries without the envelope.")
    public var flatQuery = false

    @Flag(help: "Report finished tasks as \"success\" instead of \"completed\".")
    public var successStatus = false

    @Flag(help: "Report progress as a string such as \"45%\".")
    public var stringProgress = false

    @Flag(help: "Report progress as a number with a fraction such as 45.5.")
    public var floatProgress = false

    @Flag(help: "Answer result.video_url as a path relative to the base URL.")
    public var relativeVideoURL = false

    @Flag(name: .customLong("errors-as-http-200"), help: "Answer error envelopes with HTTP 200.")
    public var errorsAsHTTP200 = false

    @Option(name: .customLong("fault"), help: ArgumentHelp(
        "Answer the first request to ENDPOINT (once) or every one (always) with FAULT; repeatable. "
            + "ENDPOINT: create, query, download, upload, balance, key-balance. "
            + "FAULT: 429 (with Retry-After: 2), 500, 502, 503, busy (HTTP 200, code -1), drop (the answer breaks off halfway), "
            + "html (a sign-in page). E.g. --fault create:429:once --fault download:html:always.",
        valueName: "endpoint:fault:once|always"))
    public var faults: [String] = []

    @Flag(help: "Answer without the X-Grok-Sandbox header, as the real API does: grok then polls as it would the real service.")
    public var noSandboxHeader = false

    @Flag(help: "Do not log requests to standard error.")
    public var quiet = false

    @Flag(help: "Begin each logged request with the seconds since the server started, to check a client's request rate.")
    public var logTimes = false

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard taskSeconds >= 0, taskSeconds.isFinite else { throw ValidationError("--task-seconds must be 0 or more") }
        if let taskQueries, taskQueries < 1 { throw ValidationError("--task-queries must be 1 or more") }
        if let videoSize, videoSize <= 0 { throw ValidationError("--video-size must be positive") }
        _ = try FaultOption.rules(faults)
    }

    public func run() async throws {
        let configuration = SandboxConfiguration(
            host: host,
            port: port,
            apiKey: try apiKeyFile.map { path in try SandboxKeyFile.read(path: path) },
            taskDuration: .milliseconds(Int((taskSeconds * 1000).rounded())),
            taskPace: taskQueries.map(TaskPace.queries),
            videoSize: videoSize,
            variant: ResponseVariant(
                codeAsNumber: codeAsNumber,
                flatQuery: flatQuery,
                successStatus: successStatus,
                stringProgress: stringProgress,
                floatProgress: floatProgress,
                relativeVideoURL: relativeVideoURL,
                errorsAsHTTP200: errorsAsHTTP200
            ),
            faults: try FaultOption.rules(faults),
            announcesItself: !noSandboxHeader
        )
        let quiet = quiet
        let logTimes = logTimes
        let (keyFile, host) = (apiKeyFile, host)
        let started = ContinuousClock.now
        try await SandboxServer.runUntilSignalled(
            configuration,
            onRequest: { request in
                guard !quiet else { return }
                let time = logTimes ? String(format: "%.6f ", (request.receivedAt - started) / .seconds(1)) : ""
                FileHandle.standardError.write(Data((time + request.summary + "\n").utf8))
            },
            onListening: { url in
                FileHandle.standardOutput.write(Data(ListeningNotice.text(url: url, keyFile: keyFile, host: host).utf8))
            }
        )
    }
}
