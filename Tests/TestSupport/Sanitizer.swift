import Foundation

/// The options of the sanitizer `scripts/test --sanitize` built the suite and its binaries with.
public enum Sanitizer {
    /// The sanitizer's settings from this process's environment (`ASAN_OPTIONS`, …), for a
    /// child started with an environment of its own: its leak check, suppressions and exit
    /// status on a report must be the ones `scripts/test` chose. Empty in a plain run.
    public static var environment: [String: String] {
        ProcessInfo.processInfo.environment.filter { ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS"].contains($0.key) }
    }
}
