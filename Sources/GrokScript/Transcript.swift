import Foundation
import GrokCore
import GrokSyntax

/// What `save` writes: the REPL entries that succeeded, as a script that reproduces the
/// session. The REPL offers each entry as it ran it, parsed; an entry made only of commands
/// that change nothing a script needs (`help`, `show`, `save`, `exit`:
/// `CommandSpec.keptBySave`) is left out, and the others are kept as typed.
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

    /// An entry that succeeded, as it ran; kept unless it only shows or helps.
    public func keepInTranscript(_ entry: ParsedScript) {
        guard session.transcript != nil, Transcript.keeps(entry) else { return }
        session.transcript?.append(entry.source.text)
    }

    func save(to path: String, replacing: Bool, at range: SourceRange) throws {
        guard let entries = session.transcript else { throw RuntimeFailure(.saveOutsideREPL, at: range) }
        let target = Self.expandHome(path, environment: environment)
        let text = Transcript.script(entries, baseURL: session.options.baseURL, date: Date())
        do { try effects.write(text, to: target, replacing: replacing) } catch {
            switch error {
            case .exists: throw RuntimeFailure(.saveWouldReplace(path: path), at: range)
            case .failed(let reason): throw RuntimeFailure(.saveFailed(path: path, reason: reason), at: range)
            }
        }
        reporter.emit(.echo("saved \(entries.count) entr\(entries.count == 1 ? "y" : "ies") to \(path)"))
    }
}
