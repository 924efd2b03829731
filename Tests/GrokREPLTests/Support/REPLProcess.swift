import Foundation

/// Starts the built `grok` on a pseudo-terminal with a private home, config and state
/// directory, and cleans up after it.
struct REPLProcess {
    let scratch: URL

    init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("grok-repl-\(UUID().uuidString)")
        for directory in ["home", "config/grok", "state", "work"] {
            try FileManager.default.createDirectory(at: scratch.appendingPathComponent(directory), withIntermediateDirectories: true)
        }
    }

    var stateDirectory: URL { scratch.appendingPathComponent("state") }
    var historyPath: String { stateDirectory.appendingPathComponent("history").path }
    var rcPath: String { scratch.appendingPathComponent("config/grok/rc.grok").path }

    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> PseudoTerminal {
        var base: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": scratch.appendingPathComponent("home").path,
            "XDG_CONFIG_HOME": scratch.appendingPathComponent("config").path,
            "TERM": "xterm",
            "NO_COLOR": "1",
        ]
        base.merge(environment) { $1 }
        return try PseudoTerminal(try Self.binary(), arguments: ["--state-dir", stateDirectory.path] + arguments,
                                  environment: base, directory: scratch.appendingPathComponent("work").path)
    }

    func remove() { try? FileManager.default.removeItem(at: scratch) }

    struct NotBuilt: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "grok not found; build it first (swift build). Searched: \(searched)" }
    }

    /// The binary beside the test bundle, or in the package's `.build/debug`.
    static func binary() throws -> String {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("grok").path }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw NotBuilt(searched: candidates)
        }
        return found
    }
}
