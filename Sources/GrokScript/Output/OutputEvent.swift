import Foundation
import GrokCore

/// Everything the evaluator tells the user, as data. A `Reporter` turns events into
/// text lines, progress bars or JSON Lines.
public enum OutputEvent: Sendable {
    case echo(String)
    /// What a run will create, upload and download (`grok check`, the end of `--dry-run`).
    /// `file`: the script it is the plan of, when `check` is given several.
    case plan(Plan, file: String? = nil)
    case warning(String)
    case submitted(taskID: String, name: String?)
    case uploaded(path: String, url: String)
    /// A task's state changed while waited on, or a `status` answer.
    case status(TaskInfo, name: String?, elapsed: Duration?)
    /// A waited-on task ended (completed, failed or canceled).
    case finished(TaskInfo, name: String?)
    case timedOut(taskID: String, name: String?, last: TaskInfo?, after: Duration)
    case waitStarted([TaskLabel])
    case waitEnded
    /// After a wait for several tasks: `4 completed, 1 failed`.
    case waitSummary(WaitSummary)
    /// A second passed during a wait: live displays redraw their clocks.
    case tick
    case downloadProgress(path: String, DownloadProgress)
    case downloaded(TaskLabel, path: String, bytes: Int64, resumedFrom: Int64)
    /// The file at the target is this task's video, saved there before and unchanged.
    case alreadyDownloaded(TaskLabel, path: String, bytes: Int64)
    case balance(UserBalance, KeyBalance)
    /// `everyServer`: the jobs of every server, each with its host (`jobs all`).
    case jobs([Job], now: Date, everyServer: Bool)
    case job(Job, now: Date)
    case request(JSONValue, note: String?)
    case curl(String)
    /// Draft fields or options by name; `nil` for a field that is not set. `kind` names the
    /// JSON event: `draft`, `options` or `settings` (both).
    case settings(kind: String, [(String, String?)])
    case help(String)
    /// `show response`: the last exchange's answer (status line, headers, body), redacted;
    /// `nil` before the first.
    case response(Exchange?)
    /// `show exchange N`: a whole exchange, request and answer.
    case exchange(Exchange)
    /// A step of an exchange, as `--trace` prints it in text.
    case trace(TraceEvent)
    /// Step mode: this request waits for the user's answer, and the prompt asks for it.
    case stepPaused(TraceEvent)
    /// The answer came: live displays may draw again.
    case stepResumed
    /// An exchange that ended, as `--trace` gives it with `--json`: one event with fields.
    case tracedExchange(Exchange)
    /// An error with no place in a script (an unreadable script, a bad option), on stderr.
    case failure(message: String, hint: String?)
}

/// A task as shown to people: its name when it has one, and its id.
public struct TaskLabel: Sendable, Equatable {
    public let taskID: String
    public let name: String?

    /// For text output: the id came from a server and the name maybe from a file, so
    /// control characters are escaped.
    public var text: String { (name.map { "\($0) (\(taskID))" } ?? taskID).escapingControlCharacters }
}
