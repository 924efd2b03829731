import Foundation
import Testing
@testable import GrokCore
@testable import GrokScript

/// The settings table: one row per key, and every reader of a setting reads that row.
@Suite struct SettingTableTests {
    @Test func everyKeyHasItsOwnRow() {
        #expect(Setting.all.map(\.key) == SettingKey.allCases)
        for setting in Setting.all {
            #expect(!setting.summary.isEmpty, "\(setting.key)")
        }
    }

    /// The defaults shown by `help options` are the ones GrokCore runs with, written once there.
    @Test func optionDefaultsAreGrokCoresOwn() {
        #expect(SettingKey.pollInterval.setting.defaultValue == DurationText.format(PollSchedule.defaultInitialInterval))
        #expect(SettingKey.maxPollInterval.setting.defaultValue == DurationText.format(PollSchedule.defaultMaximumInterval))
        #expect(SettingKey.timeout.setting.defaultValue == DurationText.format(Waiter.defaultTimeout))
        #expect(SettingKey.retries.setting.defaultValue == String(RetryPolicy.defaultMaxRetries))
        #expect(SettingKey.rateLimit.setting.defaultValue == String(ClientConfiguration.defaultRequestsPerSecond))
        #expect(SettingKey.baseURL.setting.defaultValue == ClientConfiguration.defaultBaseURL)
        #expect(SettingKey.model.setting.defaultValue == VideoOptions.canonicalModel)
        #expect(SettingKey.prompt.setting.defaultValue == nil)
        #expect(SettingKey.maxTasks.setting.defaultValue == String(SessionOptions.scriptTaskCap))
    }

    /// Each row writes where it reads: a value set is the value shown, and `unset` restores
    /// the start, whatever the key.
    @Test(arguments: [
        (SettingKey.model, "grok_1_5", "grok-imagine-video-1.5"), (.prompt, "a cat", "a cat"),
        (.image, "https://x.test/a.png", "https://x.test/a.png"), (.duration, "15s", "15"), (.ratio, "9:16", "9:16"),
        (.orientation, "portrait", "portrait"), (.baseURL, "http://127.0.0.1:9", "http://127.0.0.1:9"),
        (.outputDir, "videos", "videos"), (.pollInterval, "2s", "2s"), (.maxPollInterval, "1m", "1m"),
        (.timeout, "90s", "1m30s"), (.retries, "0", "0"), (.autoDownload, "on", "on"), (.overwrite, "on", "on"),
        (.onError, "continue", "continue"), (.format, "json", "json"), (.color, "off", "off"), (.trace, "on", "on"),
        (.maxTasks, "3", "3"), (.rateLimit, "2", "2"),
    ])
    func aValueSetIsShownAndUnsetRestoresIt(_ key: SettingKey, _ text: String, _ shown: String) {
        let place = key.setting.place
        var session = Session.initial
        place.write(&session, text, { $0 })
        #expect(place.read(session) == shown)
        // One model has three names: only its spelling can change.
        if key != .model { #expect(place.read(session) != place.read(Session.initial), "the test value differs from the default") }
        place.reset(&session)
        #expect(place.read(session) == place.read(Session.initial))
    }

    @Test func aRelativeImageIsResolvedAndNoneClearsIt() {
        let place = SettingKey.image.setting.place
        var session = Session.initial
        place.write(&session, "cat.png", { "dir/" + $0 })
        #expect(session.draft.image == .file(path: "dir/cat.png"))
        place.write(&session, Word.none, { $0 })
        #expect(session.draft.image == nil)
    }

    /// Help and hints write a value's syntax one way.
    @Test func oneSyntaxForHelpAndHints() {
        #expect(SettingKey.retries.setting.syntax == "0-10")
        #expect(SettingKey.maxTasks.setting.syntax == "0-1000000|none")
        #expect(SettingKey.image.setting.syntax == "URL|PATH|none")
        #expect(SettingKey.model.setting.syntax == "NAME")
    }
}
