import Foundation

/// Where grok keeps its journal and history: `--state-dir`, `$GROK_STATE_DIR`,
/// `$XDG_STATE_HOME/grok`, or `~/.local/state/grok`.
public enum StateDirectory {
    public static let environmentVariable = "GROK_STATE_DIR"

    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let dir = environment[environmentVariable], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("grok")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/grok")
    }

    /// Creates the directory (mode 0700) and its parents when missing.
    public static func prepare(_ directory: URL) throws(GrokError) {
        do { try DirectoryCreation.create(directory.path, mode: 0o700) } catch {
            throw .stateDirectory(path: directory.path, reason: error.explanation)
        }
    }
}
