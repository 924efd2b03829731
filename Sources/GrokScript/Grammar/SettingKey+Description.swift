import GrokCore

/// How `help options`, `set` and diagnostics describe a key.
extension SettingKey {
    /// What a value of this key is called in messages: `ratio` gives
    /// "unsupported ratio '4:3'", `on-error` gives "unsupported on-error value 'x'".
    public var valueSubject: String {
        isDraftField ? rawValue : rawValue + " value"
    }

    /// The value in force until `set` changes it, as a user would write it;
    /// `nil` for draft fields that start empty.
    public var defaultValue: String? {
        switch self {
        case .model: VideoOptions.canonicalModel
        case .prompt, .image, .ratio, .orientation: nil
        case .duration: String(VideoOptions.defaultDuration)
        case .baseURL: ClientConfiguration.defaultBaseURL
        case .outputDir: "."
        case .pollInterval: "5s"
        case .maxPollInterval: "15s"
        case .timeout: "30m"
        case .retries: "4"
        case .autoDownload, .overwrite, .trace: "off"
        case .onError: "stop"
        case .format: "text"
        case .color: "auto"
        case .maxTasks: Word.none
        case .rateLimit: String(ClientConfiguration.defaultRequestsPerSecond)
        }
    }

    /// The accepted values in the form `help` shows them: `on|off`, `DURATION`, `0-10`.
    public var valueSyntax: String {
        ([valuePlaceholder] + valueWords).joined(separator: "|")
    }

    /// The accepted values apart from `valueWords`.
    public var valuePlaceholder: String {
        switch valueKind {
        case .choice(let allowed): allowed == VideoOptions.modelNames ? "NAME" : allowed.joined(separator: "|")
        case .videoDuration: VideoOptions.durations.map(String.init).joined(separator: "|")
        case .duration: "DURATION"
        case .count(let range): "\(range.lowerBound)-\(range.upperBound)"
        case .exitCode: "0-255"
        case .url: "URL"
        case .path: "PATH"
        case .image: "URL|PATH"
        case .text, .taskName, .taskReference, .variableName: "TEXT"
        }
    }

    /// Words the key's value may also be, written bare: `set image none` clears the image.
    public var valueWords: [String] {
        switch self {
        case .image, .maxTasks: [Word.none]
        default: []
        }
    }

    public var summary: String {
        switch self {
        case .model: "the model (aliases grok-1.5, grok_1_5)"
        case .prompt: "what the video shows"
        case .image: "the reference image: a URL, or a local file uploaded on submit"
        case .duration: "video length in seconds"
        case .ratio: "aspect ratio; takes precedence over orientation"
        case .orientation: "used only when no ratio is set"
        case .baseURL: "the API's address"
        case .outputDir: "where download saves videos"
        case .pollInterval: "first wait between status queries"
        case .maxPollInterval: "longest wait between status queries (the interval grows x1.5)"
        case .timeout: "longest a wait lasts before giving up (the task keeps running)"
        case .retries: "retries of a failed query, upload or download"
        case .autoDownload: "download each video as soon as its task completes"
        case .overwrite: "replace an existing file when downloading"
        case .onError: "stop the script at the first failed command, or continue"
        case .format: "output as human text or JSON Lines"
        case .color: "colour in output (auto: only on a terminal)"
        case .trace: "show every HTTP exchange, with the key hidden"
        case .maxTasks: "refuse, before anything is sent, a run whose plan creates more tasks"
        case .rateLimit: "most API requests per second, for the whole process"
        }
    }
}
