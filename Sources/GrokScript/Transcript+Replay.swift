import Foundation
import GrokSyntax

/// A REPL entry kept for `save`, with the folder its relative input paths were read from.
public struct TranscriptEntry: Sendable {
    public let parsed: ParsedScript
    public let directory: String
}

extension Transcript {
    /// An entry's text made to replay from `folder`, the saved script's own: a literal input
    /// path (`image`, `upload`, `source`, `for … in lines`) written relative to the REPL's
    /// folder is re-rooted there, and a raw task id typed for a task this session named is
    /// written by its name. What cannot be made to replay (an input path built from a
    /// variable) is returned as a problem, saying what and why.
    static func replayable(_ entry: TranscriptEntry, savedIn folder: String, names: [String: String]) -> (text: String, problems: [String]) {
        var rewrite = Rewrite(entry: entry, folder: folder, names: names)
        rewrite.visit(entry.parsed.script.statements)
        return (rewrite.text, rewrite.problems)
    }

    private struct Rewrite {
        let entry: TranscriptEntry
        let folder: String
        /// Task id → the name this session submitted it as.
        let names: [String: String]
        private var edits: [(range: SourceRange, text: String)] = []
        private(set) var problems: [String] = []

        init(entry: TranscriptEntry, folder: String, names: [String: String]) {
            self.entry = entry
            self.folder = folder
            self.names = names
        }

        var text: String {
            var bytes = entry.parsed.source.bytes
            for edit in edits.sorted(by: { $0.range.start > $1.range.start }) {
                bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.text.utf8))
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        mutating func visit(_ statements: [Statement]) {
            for statement in statements {
                switch statement {
                case .command(let command): visit(command)
                case .for(let loop):
                    if case .lines(let path) = loop.source { inputPath(path, of: "for … in lines") }
                    visit(loop.body.statements)
                case .repeat(let loop): visit(loop.body.statements)
                case .let, .assert: break
                }
            }
        }

        private mutating func visit(_ command: Command) {
            guard let spec = CommandTable.spec(named: command.name.text) else { return }
            var matcher = GrammarMatcher(command: command.name.text, arguments: command.arguments)
            guard (try? matcher.run(spec.grammar)) != nil else { return }
            for (slot, argument) in matcher.match.slots {
                if slot.file != nil || slot.kind == .image {
                    inputPath(argument, of: command.name.text)
                } else if slot.kind == .taskReference, let id = argument.literalValue, let name = names[id] {
                    edits.append((argument.range, Self.word(name)))
                }
            }
        }

        /// A relative local path, re-rooted at the saved file's folder.
        private mutating func inputPath(_ argument: Argument, of command: String) {
            guard let path = argument.literalValue else {
                let line = entry.parsed.source.line(containing: argument.range.start)
                let written = String(decoding: entry.parsed.source.bytes[argument.range.start..<argument.range.end], as: UTF8.self)
                if entry.directory != folder {
                    problems.append("\(command) \(written) (entry line \(line)) is read from the saved file's folder, "
                        + "not from \(entry.directory) where it ran")
                }
                return
            }
            guard !path.contains("://"), !path.hasPrefix("/"), !path.hasPrefix("~"), path != "none" else { return }
            let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: entry.directory, isDirectory: true)).standardizedFileURL.path
            let replayed = Self.relative(absolute, from: folder)
            if replayed != path { edits.append((argument.range, Self.word(replayed))) }
        }

        /// `path` as written from `folder`: `../cat.png`, `img/cat.png`.
        static func relative(_ path: String, from folder: String) -> String {
            let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
            let base = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.pathComponents
            let shared = zip(target, base).prefix { $0 == $1 }.count
            let ups = Array(repeating: "..", count: base.count - shared)
            return (ups + target[shared...]).joined(separator: "/")
        }

        /// A value as one argument: bare when it can be, else in double quotes.
        static func word(_ text: String) -> String {
            let plain = !text.isEmpty && text.allSatisfy { !$0.isWhitespace && !"\"'\\$#{};`".contains($0) }
            guard !plain else { return text }
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "$", with: "\\$") + "\""
        }
    }
}
