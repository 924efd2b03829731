import Foundation
import GrokCore

/// The history on disk: `history` in the state directory, mode 0600, one entry per line
/// with `\n` and `\\` escaped so multi-line entries stay one item. Several REPLs share
/// it: each merges its new entries in as they are entered, under an exclusive lock on
/// `history.lock` beside it (not on the file itself, which is replaced), reading the file
/// as it is now, so no REPL overwrites another's entries and the file holds them in the
/// order they were entered. Written whole to a temporary file and renamed, so a crash
/// never leaves half a file.
public struct HistoryFile: Sendable {
    public let path: String
    /// How long to try for the lock before giving up with an error: a REPL never hangs on
    /// a lock another process keeps.
    let lockTimeout: Duration

    public init(path: String, lockTimeout: Duration = .seconds(2)) {
        self.path = path
        self.lockTimeout = lockTimeout
    }

    public init(stateDirectory: URL) {
        self.init(path: stateDirectory.appendingPathComponent("history").path)
    }

    var lockPath: String { path + ".lock" }

    /// The saved entries; none when the file is missing or unreadable.
    public func load(limit: Int = 1000) -> History {
        (try? read(limit: limit)) ?? History(limit: limit)
    }

    /// The saved entries; none when the file is missing, an error when it cannot be read
    /// (merging must not replace a file it could not read).
    private func read(limit: Int) throws(HistoryError) -> History {
        guard let data = FileManager.default.contents(atPath: path) else {
            guard access(path, F_OK) != 0 else { throw HistoryError(path: path, reason: "cannot read it") }
            return History(limit: limit)
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        return History(entries: lines.map { Self.decode($0) }, limit: limit)
    }

    /// Adds `entries` (oldest first, already filtered for secrets) after what the file holds
    /// now, by `History`'s rules, under the lock.
    public func merge(_ entries: [String], limit: Int = 1000) throws(HistoryError) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw HistoryError(path: directory.path, reason: "cannot create the directory")
        }
        let lock: FileLock
        do { lock = try FileLock.take(lockPath, timeout: lockTimeout) } catch { throw HistoryError(path: path, reason: error.reason) }
        defer { lock.release() }
        try write(read(limit: limit).merging(entries))
    }

    private func write(_ history: History) throws(HistoryError) {
        let text = history.entries.map(Self.encode).joined(separator: "\n") + (history.entries.isEmpty ? "" : "\n")
        do {
            try ReplacingWrite.write(text, to: path, mode: 0o600)
        } catch {
            throw HistoryError(path: error.path, reason: error.reason)
        }
    }

    static func encode(_ entry: String) -> String {
        entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func decode(_ line: Substring) -> String {
        var result = ""
        var escaped = false
        for character in line {
            if escaped {
                result.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

public struct HistoryError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot save the history to '\(path)': \(reason)" }
}
