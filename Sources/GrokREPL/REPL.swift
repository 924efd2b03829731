import Dispatch
import Foundation
import GrokCore
import GrokScript
import GrokSyntax

/// The interactive loop (SPEC §4): read an entry with libedit, run it through the same
/// checker and evaluator as a script, in one session, until Ctrl-D, `exit` or `quit`.
/// Errors are reported and the session goes on.
public final class REPL {
    let evaluator: Evaluator
    let reporter: any Reporter
    let journal: Journal?
    let configuration: REPLConfiguration
    let environment: [String: String]
    /// libedit blocks while it reads: it does so here, off the concurrency pool.
    private let editorQueue = DispatchQueue(label: "grok.line-editor")
    private var historyWarned = false

    public init(evaluator: Evaluator, reporter: any Reporter, journal: Journal?, configuration: REPLConfiguration,
                environment: [String: String]) {
        self.evaluator = evaluator
        self.reporter = reporter
        self.journal = journal
        self.configuration = configuration
        self.environment = environment
    }

    /// Runs until the user leaves; returns the exit status to leave with.
    public func run() async -> ExitStatus {
        guard let editor = LineEditor() else {
            reporter.emit(.failure(message: "cannot start line editing on this terminal", hint: "pipe a script in instead: grok < FILE.grok"))
            return .runtimeError
        }
        defer { editor.close() }
        // Ctrl-C at the prompt abandons the line; while an entry runs it cancels that
        // entry only (a `wait` stops waiting, the task keeps running). SIGTERM and SIGHUP do
        // the same and then leave, through the `defer`s that restore the terminal.
        let interrupts = InterruptSignal()
        interrupts.start()
        defer { interrupts.stop() }

        evaluator.startTranscript()
        var history = SessionHistory(file: configuration.historyFile)
        defer { saveAtExit(&history) }
        editor.setHistory(history.recalled.entries)
        editor.hinter = Hinter.hint(for:)
        if let sandbox = configuration.sandbox { editor.write(PromptPlace.banner(sandbox: sandbox) + "\n") }
        if let tutorial = configuration.tutorial { reporter.emit(.echo(tutorial.introduction)) }

        if let rcPath = configuration.rcPath {
            await runRCFile(rcPath, interrupts: interrupts)
            if let status = evaluator.exitRequested { return status }
        }

        while true {
            if let status = interrupts.termination { return status }
            let snapshot = await self.snapshot()
            let state = snapshot.completion
            editor.completer = { line, cursor in Completer.complete(line: line, cursor: cursor, state: state) }
            interrupts.call { [waker = editor.waker] in waker.interrupt() }
            let entry = await readEntry(editor, prompt: snapshot.prompt)
            interrupts.ignore()
            switch entry {
            case .endOfInput:
                editor.write("\n")
                return .success
            case .interrupted:
                if let status = interrupts.termination {
                    editor.write("\n")
                    return status
                }
                continue
            case .entry(let parsed):
                let text = parsed.source.text
                guard !text.allSatisfy(\.isWhitespace) else { continue }
                if let refusal = configuration.tutorial?.refusal(for: text) {
                    reporter.emit(.warning(refusal))
                    continue
                }
                let filter = SecretFilter(redactor: configuration.redactor, harmless: snapshot.taskIDs)
                let secret = filter.looksSecret(text)
                if history.add(text, filter: filter) {
                    editor.setHistory(history.recalled.entries)
                    save(&history)
                }
                let status = await run(parsed, directory: configuration.directory, scriptPath: nil, interrupts: interrupts)
                // The terminal echoed ^C where the output stood; the prompt starts a clean line.
                if status == .interrupted { editor.write("\r\u{1B}[K") }
                if status != .interrupted, !evaluator.entryFailed, !secret { evaluator.keepInTranscript(parsed) }
                if let status = evaluator.exitRequested { return status }
                if let tutorial = configuration.tutorial,
                   await tutorial.follow(entry: text, failed: evaluator.entryFailed, interrupted: status == .interrupted,
                                         session: evaluator.session, reporter: reporter) { return .success }
            }
        }
    }

    /// Lines until the entry is complete, as GrokSyntax judges it (`TypedEntry`): an open
    /// `{`, `"""` or trailing `\` reads on at `...`. Ctrl-C abandons the whole entry;
    /// Ctrl-D inside one hands it over unfinished, so the error says what is open.
    private func readEntry(_ editor: LineEditor, prompt: PromptText) async -> EntryRead {
        var lines: [String] = []
        while true {
            let color = useColor
            let (shown, plain) = lines.isEmpty
                ? (prompt.render(color: color), prompt.plain)
                : (PromptText.continuation, PromptText.continuation)
            let read = await withCheckedContinuation { continuation in
                editorQueue.async { continuation.resume(returning: editor.readLine(prompt: shown, plainPrompt: plain)) }
            }
            switch read {
            case .interrupted:
                return .interrupted
            case .endOfInput:
                guard !lines.isEmpty else { return .endOfInput }
                // libedit echoed ^D where the cursor stood: the error starts a line of its own.
                editor.write("\n")
                return .entry(TypedEntry.read(lines).parsed)
            case .line(let line):
                lines.append(line)
                if case .complete(let parsed) = TypedEntry.read(lines) { return .entry(parsed) }
            }
        }
    }

    /// Runs a parsed entry or file in its own task; Ctrl-C cancels it and the loop goes on.
    private func run(_ parsed: ParsedScript, directory: String, scriptPath: String?, interrupts: InterruptSignal) async -> ExitStatus {
        // The evaluator is not Sendable, but one entry at a time has it: this loop awaits the
        // entry's task before it touches the evaluator again.
        nonisolated(unsafe) let evaluator = self.evaluator
        let reporter = self.reporter
        let task = Task { await Runner.run(parsed, directory: directory, scriptPath: scriptPath, evaluator: evaluator, reporter: reporter) }
        interrupts.cancel(task)
        let status = await task.value
        interrupts.ignore()
        return status
    }

    /// The rc file runs like a sourced script; its errors name its path and the REPL starts anyway.
    private func runRCFile(_ path: String, interrupts: InterruptSignal) async {
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            reporter.emit(.warning("cannot read the rc file '\(path)'; starting without it"))
            return
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let status = await run(ParsedScript.parse(SourceFile(name: path, bytes: Array(bytes))), directory: directory, scriptPath: path,
                               interrupts: interrupts)
        if status != .success, evaluator.exitRequested == nil {
            reporter.emit(.warning("the rc file '\(path)' did not finish; the REPL starts anyway"))
        }
    }

    private func snapshot() async -> SessionSnapshot {
        // Completion offers the names and ids of the server the session talks to now.
        let origin = ServerOrigin(baseURL: evaluator.session.options.baseURL, sandbox: configuration.sandbox)
        let jobs = (try? await journal?.jobs(of: origin)) ?? []
        return SessionSnapshot(session: evaluator.session, jobs: jobs, directory: configuration.directory, environment: environment,
                               sandbox: configuration.sandbox)
    }

    /// `set color` wins over the terminal's default.
    private var useColor: Bool {
        switch evaluator.session.options.color {
        case .on: true
        case .off: false
        case .auto: configuration.color
        }
    }

    private func save(_ history: inout SessionHistory) {
        do { try history.save() } catch {
            guard !historyWarned else { return }
            historyWarned = true
            reporter.emit(.warning("\(error); this session's entries are kept and tried again with the next one"))
        }
    }

    /// A last try for entries the file could not take during the session: if it fails
    /// too, the warning says how many are lost.
    private func saveAtExit(_ history: inout SessionHistory) {
        guard !history.unsaved.isEmpty else { return }
        do { try history.save() } catch {
            let count = history.unsaved.count
            reporter.emit(.warning("\(error); \(count == 1 ? "1 entry" : "\(count) entries") of this session did not reach the history file"))
        }
    }
}
