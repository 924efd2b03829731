import Foundation
import GrokCore
import GrokScript

/// What the executable tells the REPL: where things are and what is allowed.
public struct REPLConfiguration: Sendable {
    /// Where relative paths start (the working directory).
    public var directory: String
    /// `nil` keeps no history.
    public var historyFile: HistoryFile?
    /// The rc script to run first; `nil` with `--no-rc`.
    public var rcPath: String?
    /// Colour in the prompt (hints are dimmed regardless: dim is not a colour).
    public var color: Bool
    /// Knows the key, so that no line holding it is saved.
    public var redactor: Redactor
    /// The in-process sandbox's address under `--sandbox`: the REPL says so and the prompt shows it.
    public var sandbox: URL?
    /// `grok tutorial`: the lesson that follows each entry, and ends the session when done.
    public var tutorial: Tutorial?

    public init(directory: String, historyFile: HistoryFile?, rcPath: String?, color: Bool, redactor: Redactor, sandbox: URL? = nil,
                tutorial: Tutorial? = nil) {
        self.directory = directory
        self.historyFile = historyFile
        self.rcPath = rcPath
        self.color = color
        self.redactor = redactor
        self.sandbox = sandbox
        self.tutorial = tutorial
    }

    /// `$XDG_CONFIG_HOME/grok/rc.grok`, else `~/.config/grok/rc.grok`.
    public static func rcPath(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("grok/rc.grok").path
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/grok/rc.grok").path
    }
}
