import GrokCore

/// The settings table: one row per key. Defaults are not written here: a row reads them
/// from a new session (`Draft`, `SessionOptions`), whose values come from GrokCore's own.
extension Setting {
    static func row(for key: SettingKey) -> Setting {
        switch key {
        case .model:
            Setting(key, .choice(VideoOptions.modelNames), "the model (aliases grok-1.5, grok_1_5)",
                    .draft(\.model) { $0.model = VideoOptions.normalizeModel($1) ?? $1 })
        case .prompt:
            Setting(key, .text, "what the video shows", .draft(\.prompt) { $0.prompt = $1 })
        case .image:
            Setting(key, .image, "the reference image: a URL, or a local file uploaded on submit", .image, words: [Word.none])
        case .duration:
            Setting(key, .videoDuration, "video length in seconds",
                    .draft(\.duration) { $0.duration = VideoOptions.parseDuration($1).map(String.init) ?? $1 })
        case .ratio:
            Setting(key, .choice(VideoOptions.ratios), "aspect ratio; takes precedence over orientation", .draft(\.ratio) { $0.ratio = $1 })
        case .orientation:
            Setting(key, .choice(VideoOptions.orientations), "used only when no ratio is set", .draft(\.orientation) { $0.orientation = $1 })
        case .baseURL:
            Setting(key, .url, "the API's address",
                    .option(\.baseURL, parse: { try? ClientConfiguration.parseBaseURL($0) }, format: \.absoluteString))
        case .outputDir:
            Setting(key, .path, "where download saves videos", .option(\.outputDir))
        case .pollInterval:
            Setting(key, .duration, "first wait between status queries", .option(\.pollInterval))
        case .maxPollInterval:
            Setting(key, .duration, "longest wait between status queries (the interval grows x1.5)", .option(\.maxPollInterval))
        case .timeout:
            Setting(key, .duration, "longest a wait lasts before giving up (the task keeps running)", .option(\.timeout))
        case .retries:
            Setting(key, .count(0...10), "retries of a failed query, upload or download", .option(\.retries))
        case .autoDownload:
            Setting(key, .onOff, "download each video as soon as its task completes", .option(\.autoDownload))
        case .overwrite:
            Setting(key, .onOff, "replace an existing file when downloading", .option(\.overwrite))
        case .onError:
            Setting(key, .choice(["stop", "continue"]), "stop the script at the first failed command, or continue", .option(\.onError))
        case .format:
            Setting(key, .choice(["text", "json"]), "output as human text or JSON Lines", .option(\.format))
        case .color:
            Setting(key, .choice(["auto", "on", "off"]), "colour in output (auto: only on a terminal)", .option(\.color))
        case .trace:
            Setting(key, .onOff, "show every HTTP exchange, with the key hidden", .option(\.trace))
        case .step:
            Setting(key, .onOff, "show each request (polls and retries too) and wait for Enter; needs a terminal",
                    .option(\.step))
        case .har:
            Setting(key, .path, "write every HTTP exchange to this HAR 1.2 file, whole after each one (off: stop)",
                    .option(\.har, parse: { $0 == Word.off ? .some(nil) : $0 }, format: { $0 ?? Word.off }), words: [Word.off])
        case .maxTasks:
            Setting(key, .count(0...1_000_000), "refuse, before anything is sent, a run whose plan creates more tasks",
                    .option(\.maxTasks), words: [Word.none])
        case .rateLimit:
            Setting(key, .count(1...1_000), "most API requests per second, for the whole process", .option(\.rateLimit))
        }
    }

    private convenience init(_ key: SettingKey, _ kind: ValueKind, _ summary: String, _ place: SettingPlace, words: [String] = []) {
        self.init(key: key, kind: kind, summary: summary, words: words, place: place)
    }
}

extension ValueKind {
    static let onOff = ValueKind.choice(["on", "off"])
}
