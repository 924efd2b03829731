import Foundation
import GrokCore

/// File names for `image`, `upload`, `source`, `download … to`: what is in the
/// directory the typed path names, relative paths starting where the REPL runs.
enum PathCompletion {
    /// Which files a command takes.
    enum Files {
        case any
        /// `image`: pictures, by their extension (`UploadRules`).
        case images
    }

    static func candidates(for typed: String, quote: Character?, state: CompletionState, files: Files = .any) -> [Candidate] {
        let slash = typed.lastIndex(of: "/")
        let directoryPart = slash.map { String(typed[...$0]) } ?? ""
        let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        guard let entries = state.listDirectory(resolve(directoryPart, state: state)) else { return [] }
        let showHidden = namePrefix.hasPrefix(".")
        let matching = entries
            .filter { $0.name.hasPrefix(namePrefix) && (showHidden || !$0.name.hasPrefix(".")) }
            .sorted { $0.name < $1.name }
        return offered(matching, files: files).map { entry in
            let path = directoryPart + entry.name + (entry.isDirectory ? "/" : "")
            let display = entry.name + (entry.isDirectory ? "/" : "")
            if let quote {
                return Candidate(String(quote) + path, terminator: entry.isDirectory ? "" : String(quote) + " ", display: display)
            }
            // A name with a space needs quotes in the language; a directory's stays open.
            if path.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == ";" }) {
                let escaped = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                return Candidate("\"" + escaped, terminator: entry.isDirectory ? "" : "\" ", display: display)
            }
            return Candidate(path, terminator: entry.isDirectory ? "" : " ", display: display)
        }
    }

    /// For `image`: folders first, then pictures; other files only when neither matches
    /// (the name typed may still be one, and the command says so if it is not).
    private static func offered(_ entries: [DirectoryEntry], files: Files) -> [DirectoryEntry] {
        guard files == .images else { return entries }
        let folders = entries.filter(\.isDirectory)
        let images = entries.filter { !$0.isDirectory && UploadRules.imageExtensions.contains(($0.name as NSString).pathExtension.lowercased()) }
        return folders.isEmpty && images.isEmpty ? entries : folders + images
    }

    /// The directory to list for the typed directory part (`""`, `dir/`, `/abs/`, `~/x/`).
    static func resolve(_ directoryPart: String, state: CompletionState) -> String {
        let path: String
        if directoryPart.hasPrefix("/") {
            path = directoryPart
        } else if directoryPart.hasPrefix("~/"), let home = state.homeDirectory {
            path = home + "/" + directoryPart.dropFirst(2)
        } else if directoryPart.isEmpty {
            path = state.directory
        } else {
            path = state.directory + "/" + directoryPart
        }
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
