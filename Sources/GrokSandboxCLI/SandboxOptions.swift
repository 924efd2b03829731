import ArgumentParser
import Foundation
import GrokSandbox

/// The options of `grok-sandbox` and `grok sandbox`, and running the server with them.
public struct SandboxOptions: ParsableArguments {
    public init() {}

    public static let discussion = """
        Prints its base URL as the first line of standard output, then one line per request \
        to standard error. Stops on SIGINT or SIGTERM. See docs/sandbox.md.
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

    @Flag(help: "Do not log requests to standard error.")
    public var quiet = false

    @Flag(help: "Begin each logged request with the seconds since the server started, to check a client's request rate.")
    public var logTimes = false

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard taskSeconds >= 0, taskSeconds.isFinite else { throw ValidationError("--task-seconds must be 0 or more") }
        if let taskQueries, taskQueries < 1 { throw ValidationError("--task-queries must be 1 or more") }
        if let videoSize, videoSize <= 0 { throw ValidationError("--video-size must be positive") }
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
            )
        )
        let quiet = quiet
        let logTimes = logTimes
        let started = ContinuousClock.now
        try await SandboxServer.runUntilSignalled(
            configuration,
            onRequest: { request in
                guard !quiet else { return }
                let time = logTimes ? String(format: "%.6f ", (request.receivedAt - started) / .seconds(1)) : ""
                FileHandle.standardError.write(Data((time + request.summary + "\n").utf8))
            },
            onListening: { url in FileHandle.standardOutput.write(Data((url.absoluteString + "\n").utf8)) }
        )
    }
}
