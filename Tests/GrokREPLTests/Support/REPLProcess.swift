import Foundation
import TestSupport

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

    func start(_ arguments: [String], environment: [String: String] = [:], columns: Int = PseudoTerminal.defaultColumns) throws -> PseudoTerminal {
        var base: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": scratch.appendingPathComponent("home").path,
            "XDG_CONFIG_HOME": scratch.appendingPathComponent("config").path,
            "TERM": "xterm",
            "NO_COLOR": "1",
            // Long help pages through less on a terminal: no test may wait on one by accident.
            "PAGER": "cat",
        ]
        base.merge(Sanitizer.environment) { $1 }
        base.merge(environment) { $1 }
        return try PseudoTerminal(try Self.binary(), arguments: ["--state-dir", stateDirectory.path] + arguments,
                                  environment: base, directory: scratch.appendingPathComponent("work").path, columns: columns)
    }

    func remove() { try? FileManager.default.removeItem(at: scratch) }

    /// The built `grok`, found as `BuiltProduct.path` finds it.
    static func binary() throws -> String {
        try BuiltProduct.path("grok").path
    }
}
