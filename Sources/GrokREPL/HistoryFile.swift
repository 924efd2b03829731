import Foundation
import GrokCore

/// The history on disk: `history` in the state directory, mode 0600, one entry per line
/// with `\n` and `\\` escaped so multi-line entries stay one item. Written whole to a
/// temporary file and renamed, so a crash never leaves half a file.
public struct HistoryFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public init(stateDirectory: URL) {
        self.init(path: stateDirectory.appendingPathComponent("history").path)
    }

    /// The saved entries; none when the file is missing or unreadable.
    public func load(limit: Int = 1000) -> History {
        guard let data = FileManager.default.contents(atPath: path) else { return History(limit: limit) }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        return History(entries: lines.map { Self.decode($0) }, limit: limit)
    }

    public func save(_ history: History) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let text = history.entries.map(Self.encode).joined(separator: "\n") + (history.entries.isEmpty ? "" : "\n")
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw HistoryError(path: temporary, reason: String(cString: strerror(errno))) }
        do {
            try FileDescriptorIO.writeAll(fd, text)
        } catch {
            close(fd)
            unlink(temporary)
            throw HistoryError(path: temporary, reason: error.reason)
        }
        fchmod(fd, 0o600)
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw HistoryError(path: path, reason: reason)
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
