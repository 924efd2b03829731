import Foundation
import GrokCore
import GrokSyntax
import Synchronization

/// Short human lines (SPEC §6). On a terminal, waits and downloads draw live progress
/// bars; elsewhere each status change is one line and nothing is redrawn.
public final class TextReporter: Reporter {
    private let out: any TextOutput
    private let err: any TextOutput
    private let detected: Terminal
    private let quiet: Bool
    /// The terminal's width now: read at each drawing, so a resized window is followed.
    private let columns: @Sendable () -> Int
    /// Long help on a terminal goes through it; `nil`: never.
    private let pager: Pager?
    private let state = Mutex(State())
    private let color = Mutex(SessionOptions.Color.auto)

    private struct State {
        var board: ProgressBoard?
        var lastStatus: [String: String] = [:]
        var lastDownloadDraw: ContinuousClock.Instant?
        var downloadLine = DrawnLines()
        var diagnosticsShown = 0
        /// A step pause waits for an answer: nothing is drawn under its prompt.
        var paused = false
    }

    public init(out: any TextOutput = StandardStream.output, err: any TextOutput = StandardStream.error,
                terminal: Terminal, quiet: Bool = false,
                columns: @escaping @Sendable () -> Int = { [environment = ProcessInfo.processInfo.environment] in
                    Terminal.columns(environment: environment)
                },
                pager: Pager? = Pager(environment: ProcessInfo.processInfo.environment)) {
        self.out = out
        self.err = err
        self.detected = terminal
        self.quiet = quiet
        self.columns = columns
        self.pager = pager
    }

    /// `set color`: `auto` follows the terminal (and NO_COLOR); `on` and `off` force it.
    func setColor(_ mode: SessionOptions.Color) {
        color.withLock { $0 = mode }
    }

    private var terminal: Terminal {
        var terminal = detected
        switch color.withLock({ $0 }) {
        case .auto: break
        case .on: terminal.colorOnStdout = true; terminal.colorOnStderr = true
        case .off: terminal.colorOnStdout = false; terminal.colorOnStderr = false
        }
        return terminal
    }

    public func report(_ diagnostic: Diagnostic, in source: SourceFile) {
        state.withLock { state in
            clearBoard(&state)
            // A blank line between diagnostics, as compilers print them.
            if state.diagnosticsShown > 0 { err.write("\n") }
            state.diagnosticsShown += 1
            err.write(DiagnosticRenderer(colorize: terminal.colorOnStderr).render(diagnostic, in: source))
            redrawBoard(&state)
        }
    }

    public func reportOmitted(_ count: Int, line: String) {
        state.withLock { state in
            clearBoard(&state)
            err.write("\n" + line + "\n")
            redrawBoard(&state)
        }
    }

    public func emit(_ event: OutputEvent) {
        state.withLock { state in handle(event, &state) }
    }

    private func handle(_ event: OutputEvent, _ state: inout State) {
        switch event {
        case .echo(let text): line(text, &state)
        case .plan(let plan, let file): line(safe((file.map { "\($0): " } ?? "") + plan.text), &state)
        case .waitSummary(let summary): info(summary.text, &state)
        case .warning(let text): clearBoard(&state); err.write(paint("warning:", .yellow, stderr: true) + " " + safe(text) + "\n"); redrawBoard(&state)
        case .submitted(let taskID, let name): info("submitted " + TaskLabel(taskID: taskID, name: name).text, &state)
        case .uploaded(let path, let url): info(safe("uploaded \(path) → \(url)"), &state)
        case .status(let task, let name, let elapsed): status(task, name: name, elapsed: elapsed, &state)
        case .finished(let task, let name): finished(task, name: name, &state)
        case .timedOut(let taskID, let name, let last, let after):
            state.board?.update(taskID: taskID, info: last, done: true)
            let status = safe(last?.status.description ?? "unknown")
            line(paint("timed out", .yellow) + " \(TaskLabel(taskID: taskID, name: name).text): still \(status) after \(DurationText.format(after))", &state)
        case .waitStarted(let tasks):
            clearBoard(&state)
            if terminal.stdoutIsTerminal, !quiet { state.board = ProgressBoard(tasks: tasks) }
            redrawBoard(&state)
        case .tick:
            guard state.board != nil else { return }
            clearBoard(&state)
            redrawBoard(&state)
        case .waitEnded:
            clearBoard(&state)
            state.board = nil
        case .downloadProgress(let path, let progress): downloadProgress(path: path, progress, &state)
        case .downloaded(_, let path, let bytes, let resumedFrom):
            endDownloadLine(&state)
            let resumed = resumedFrom > 0 ? ", resumed at \(ByteCount.format(resumedFrom))" : ""
            info(safe("downloaded \(path) (\(ByteCount.format(bytes))\(resumed))"), &state)
        case .alreadyDownloaded(_, let path, let bytes):
            info(safe("already downloaded \(path) (\(ByteCount.format(bytes)), unchanged)"), &state)
        case .balance(let user, let key): balance(user, key, &state)
        case .jobs(let jobs, let now, let everyServer):
            line(JobTable.render(jobs, now: now, hosts: everyServer, width: terminal.stdoutIsTerminal ? columns() : nil), &state)
        case .job(let job, let now): line(JobTable.details(job, now: now), &state)
        case .request(let json, let note):
            line(json.prettyText, &state)
            if let note { line("# " + note, &state) }
        case .curl(let text): line(text, &state)
        case .settings(_, let pairs):
            let width = pairs.map(\.0.count).max() ?? 0
            line(pairs.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + ($0.1 ?? "(not set)") }
                .joined(separator: "\n"), &state)
        case .help(let text): help(text, &state)
        case .response(let exchange):
            guard let exchange else { return line("no answer from the API yet", &state) }
            line(exchange.endEvent.wholeLines(pretty: true).joined(separator: "\n"), &state)
        case .exchange(let exchange):
            line((exchange.requestEvent.wholeLines(pretty: true) + exchange.endEvent.wholeLines(pretty: true)).joined(separator: "\n"), &state)
        case .tracedExchange: return
        case .failure(let message, let hint):
            clearBoard(&state)
            err.write(paint("error:", .red, stderr: true) + " " + safe(message) + "\n" + (hint.map { "  = hint: \(safe($0))\n" } ?? ""))
            redrawBoard(&state)
        case .trace(let event):
            clearBoard(&state)
            err.write(event.lines(pretty: terminal.stderrIsTerminal).map { paint($0, .dim, stderr: true) }.joined(separator: "\n") + "\n")
            redrawBoard(&state)
        case .stepPaused(let event):
            clearBoard(&state)
            endDownloadLine(&state)
            state.paused = true
            err.write(event.lines(pretty: terminal.stderrIsTerminal).joined(separator: "\n") + "\n" + StepPrompt.question)
        case .stepResumed:
            state.paused = false
            redrawBoard(&state)
        }
    }

    private func status(_ task: TaskInfo, name: String?, elapsed: Duration?, _ state: inout State) {
        if state.board != nil {
            clearBoard(&state)
            state.board?.update(taskID: task.taskID, info: task, done: false)
            redrawBoard(&state)
            return
        }
        let label = TaskLabel(taskID: task.taskID, name: name).text
        var described = task.status.description + (task.progress.map { " \(Int($0))%" } ?? "")
        if task.status.isTerminal {
            described += task.status.isSuccess ? (task.videoURL.map { ": \($0.absoluteString)" } ?? "") : (task.errorMessage.map { ": \($0)" } ?? "")
        }
        described = safe(described)
        // Not a terminal: one line per status change, not per progress tick.
        guard elapsed == nil || state.lastStatus[task.taskID] != task.status.description else { return }
        state.lastStatus[task.taskID] = task.status.description
        info("\(label) \(described)", &state)
    }

    private func finished(_ task: TaskInfo, name: String?, _ state: inout State) {
        state.board?.update(taskID: task.taskID, info: task, done: true)
        let label = TaskLabel(taskID: task.taskID, name: name).text
        if task.status.isSuccess {
            line(paint("completed", .green) + " \(label): " + safe(task.videoURL?.absoluteString ?? "(no video URL)"), &state)
        } else {
            line(paint(safe(task.status.description), .red) + " \(label)" + safe(task.errorMessage.map { ": \($0)" } ?? ""), &state)
        }
    }

    private func balance(_ user: UserBalance, _ key: KeyBalance, _ state: inout State) {
        func amount(_ value: Double) -> String { String(format: "%.2f", value) }
        var text = "balance \(amount(user.balance)) (used \(amount(user.usedCoin)), available \(amount(user.available)))"
        let keyName = key.name.map { "key \($0)" } ?? "key"
        text += key.unlimited
            ? "\n\(keyName): unlimited quota (used \(amount(key.usedQuota)))"
            : "\n\(keyName): \(amount(key.availableQuota)) of \(amount(key.totalQuota)) left (used \(amount(key.usedQuota)))"
        line(text, &state)
    }

    /// On a terminal, help is wrapped at words to its width, and paged when longer than it.
    private func help(_ text: String, _ state: inout State) {
        guard terminal.stdoutIsTerminal else { return line(text, &state) }
        let wrapped = TextWrap.wrap(text, width: columns() - 1)
        if let pager, pager.page(wrapped + "\n") { return }
        line(wrapped, &state)
    }

    private func downloadProgress(path: String, _ progress: DownloadProgress, _ state: inout State) {
        guard terminal.stdoutIsTerminal, !quiet, !state.paused else { return }
        let now = ContinuousClock.now
        if let last = state.lastDownloadDraw, now - last < .milliseconds(100), progress.received != progress.total { return }
        state.lastDownloadDraw = now
        let columns = columns()
        let line = DownloadBar.render(path: path, progress: progress, columns: columns)
        out.write(state.downloadLine.erase(columns: columns) + line)
        state.downloadLine.drew(widths: [DisplayWidth.of(line)], endsWithNewline: false)
    }

    private func endDownloadLine(_ state: inout State) {
        out.write(state.downloadLine.erase(columns: columns()))
        state.downloadLine.forget()
        state.lastDownloadDraw = nil
    }

    /// Text from a server or a file, safe on a terminal.
    private func safe(_ text: String) -> String { text.escapingControlCharacters }

    /// A line that `--quiet` leaves out.
    private func info(_ text: String, _ state: inout State) {
        guard !quiet else { return }
        line(text, &state)
    }

    private func line(_ text: String, _ state: inout State) {
        clearBoard(&state)
        out.write(text + "\n")
        redrawBoard(&state)
    }

    private func clearBoard(_ state: inout State) {
        if !state.paused, let board = state.board { out.write(board.clear(columns: columns())) }
    }

    private func redrawBoard(_ state: inout State) {
        if !state.paused, let frame = state.board?.render(columns: columns()) { out.write(frame) }
    }

    private func paint(_ text: String, _ style: ANSIStyle, stderr: Bool = false) -> String {
        guard stderr ? terminal.colorOnStderr : terminal.colorOnStdout else { return text }
        return style.apply(to: text)
    }
}
