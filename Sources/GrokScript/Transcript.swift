import Foundation
import GrokCore
import GrokSyntax

/// What `save` writes: the REPL entries that succeeded, as a script that reproduces the
/// session. The REPL offers each entry as it ran it, parsed; an entry made only of commands
/// that change nothing a script needs (`help`, `show`, `save`, `exit`:
/// `CommandSpec.keptBySave`) is left out, and the others are kept as typed, but for what
/// must change to replay from the saved file's folder (`Transcript+Replay.swift`).
public enum Transcript {
    /// True when the entry belongs in a saved script: some statement of it is not a command
    /// the table marks as left out by `save`.
    public static func keeps(_ entry: ParsedScript) -> Bool {
        entry.script.statements.contains { statement in
            guard case .command(let command) = statement else { return true }
            return CommandTable.spec(named: command.name.text)?.keptBySave ?? true
        }
    }

    /// The saved file: a header, then each entry's source, which ends with the newline of its last line.
    static func script(_ entries: [String], baseURL: URL, date: Date) -> String {
        let stamp = ISO8601DateFormatter().string(from: date)
        var text = "#!/usr/bin/env grok\n"
        text += "# grok session saved \(stamp), made against \(kind(of: baseURL))\n"
        text += "# run it with: grok \(runHint(for: baseURL))FILE\n\n"
        for entry in entries { text += entry }
        return text
    }

    private static func isLoopback(_ url: URL) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(url.host?.lowercased() ?? "")
    }

    private static func kind(of baseURL: URL) -> String {
        if isLoopback(baseURL) { return "a sandbox on loopback (nothing billed)" }
        if baseURL.absoluteString.hasPrefix(ClientConfiguration.defaultBaseURL) { return "the JimmyAI API (tasks are billed)" }
        return baseURL.host ?? baseURL.absoluteString
    }

    private static func runHint(for baseURL: URL) -> String {
        isLoopback(baseURL) ? "--sandbox " : ""
    }
}

extension Evaluator {
    /// The REPL starts keeping its entries for `save`.
    public func startTranscript() {
        if session.transcript == nil { session.transcript = [] }
    }

    /// An entry that succeeded, as it ran in `directory`; kept unless it only shows or helps.
    public func keepInTranscript(_ entry: ParsedScript, directory: String = FileManager.default.currentDirectoryPath) {
        guard session.transcript != nil, Transcript.keeps(entry) else { return }
        session.transcript?.append(TranscriptEntry(parsed: entry, directory: directory))
    }

    func save(to path: String, replacing: Bool, at range: SourceRange) throws {
        guard let entries = session.transcript else { throw RuntimeFailure(.saveOutsideREPL, at: range) }
        let target = Self.expandHome(path, environment: environment)
        let folder = URL(fileURLWithPath: target).standardizedFileURL.deletingLastPathComponent().path
        let names = Dictionary(session.names.map { ($0.value, $0.key) }) { first, _ in first }
        let replayed = entries.map { Transcript.replayable($0, savedIn: folder, names: names) }
        let text = Transcript.script(replayed.map(\.text), baseURL: session.options.baseURL, date: Date())
        do { try effects.write(text, to: target, replacing: replacing) } catch {
            switch error {
            case .exists: throw RuntimeFailure(.saveWouldReplace(path: path), at: range)
            case .failed(let reason): throw RuntimeFailure(.saveFailed(path: path, reason: reason), at: range)
            }
        }
        reporter.emit(.echo("saved \(entries.count) entr\(entries.count == 1 ? "y" : "ies") to \(path)"))
        let problems = replayed.flatMap(\.problems) + checkProblems(of: text, savedAs: target, in: folder)
        for problem in problems { reporter.emit(.warning("\(path) would not run as saved: \(problem)")) }
    }

    /// What the checker finds in the saved text, run as a fresh script from its folder
    /// (no `--var`, no arguments): a variable set only by `--var`, a file that is not there.
    private func checkProblems(of text: String, savedAs target: String, in folder: String) -> [String] {
        let source = SourceFile(name: target, text: text)
        let context = Session(options: session.initialOptions).checkContext(directory: folder, scriptPath: target, environment: environment)
        let checked = Checker.check(ParsedScript.parse(source), context: context)
        return Runner.allDiagnostics(of: checked).filter { $0.0.severity == .error }.map { diagnostic, file in
            "line \(file.line(containing: diagnostic.range.start)): \(diagnostic.message)"
                + (diagnostic.notes.first { $0.kind == .hint }.map { " (\($0.message))" } ?? "")
        }
    }
}
