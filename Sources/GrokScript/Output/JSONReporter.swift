import Foundation
import GrokCore
import GrokSyntax
import OrderedCollections
import Synchronization

/// `--json`: one JSON object per event on standard output, errors as
/// `{"event":"error",…}` on standard error (SPEC §6).
public final class JSONReporter: Reporter {
    private let out: any TextOutput
    private let err: any TextOutput
    private let lock = Mutex(())

    public init(out: any TextOutput = StandardStream.output, err: any TextOutput = StandardStream.error) {
        self.out = out
        self.err = err
    }

    public func reportOmitted(_ count: Int, line: String) {
        write(.object(["event": .string("omitted"), "count": .number(Double(count)), "message": .string(line)]), to: err)
    }

    public func report(_ diagnostic: Diagnostic, in source: SourceFile) {
        let location = source.location(of: diagnostic.range.start)
        let end = source.location(of: diagnostic.range.end)
        var fields: OrderedDictionary<String, JSONValue> = [
            "event": .string(diagnostic.severity == .error ? "error" : "warning"), "id": .string(diagnostic.id),
            "message": .string(diagnostic.message), "file": .string(source.name),
            "line": .number(Double(location.line)), "column": .number(Double(location.column)),
            "end_line": .number(Double(end.line)), "end_column": .number(Double(end.column)),
        ]
        if let label = diagnostic.label { fields["label"] = .string(label) }
        let hints = diagnostic.notes.map(\.message)
        if !hints.isEmpty { fields["hints"] = .array(hints.map(JSONValue.string)) }
        write(.object(fields), to: err)
    }

    public func emit(_ event: OutputEvent) {
        guard let json = Self.json(for: event) else { return }
        switch event {
        case .tracedExchange, .failure, .stepPaused: write(json, to: err)
        default: write(json, to: out)
        }
    }

    private func write(_ value: JSONValue, to stream: any TextOutput) {
        lock.withLock { _ in stream.write(value.compactText + "\n") }
    }

    static func json(for event: OutputEvent) -> JSONValue? {
        var fields: OrderedDictionary<String, JSONValue> = [:]
        func put(_ key: String, _ value: JSONValue?) { if let value { fields[key] = value } }
        func task(_ info: TaskInfo, name: String?) {
            put("task_id", .string(info.taskID)); put("name", name.map(JSONValue.string))
            put("status", .string(info.status.description)); put("progress", info.progress.map(JSONValue.number))
            put("video_url", info.videoURL.map { .string($0.absoluteString) }); put("error_message", info.errorMessage.map(JSONValue.string))
        }
        switch event {
        case .echo(let text): put("event", "echo"); put("text", .string(text))
        case .waitSummary(let summary):
            put("event", "wait_summary"); put("completed", .number(Double(summary.completed))); put("failed", .number(Double(summary.failed)))
            put("still_running", .number(Double(summary.stillRunning))); put("unknown", .number(Double(summary.unknown)))
        case .plan(let plan, let file):
            put("event", "plan"); put("file", file.map(JSONValue.string)); put("creates", .number(Double(plan.creates))); put("uploads", .number(Double(plan.uploads)))
            put("downloads", .number(Double(plan.downloads))); put("video_seconds", .number(Double(plan.videoSeconds)))
        case .warning(let text): put("event", "warning"); put("message", .string(text))
        case .submitted(let taskID, let name): put("event", "submitted"); put("task_id", .string(taskID)); put("name", name.map(JSONValue.string))
        case .uploaded(let path, let url): put("event", "uploaded"); put("path", .string(path)); put("url", .string(url))
        case .status(let info, let name, _): put("event", "status"); task(info, name: name)
        case .finished(let info, let name): put("event", info.status.isSuccess ? "completed" : "failed"); task(info, name: name)
        case .timedOut(let taskID, let name, let last, let after):
            put("event", "timeout"); put("task_id", .string(taskID)); put("name", name.map(JSONValue.string))
            put("status", last.map { .string($0.status.description) }); put("after_seconds", .number(Double(after.components.seconds)))
        case .waitStarted, .waitEnded, .tick, .downloadProgress: return nil
        case .downloaded(let label, let path, let bytes, let resumedFrom):
            put("event", "downloaded"); put("task_id", .string(label.taskID)); put("name", label.name.map(JSONValue.string))
            put("path", .string(path))
            put("bytes", .number(Double(bytes))); put("resumed_from", .number(Double(resumedFrom)))
        case .alreadyDownloaded(let label, let path, let bytes):
            put("event", "already-downloaded"); put("task_id", .string(label.taskID)); put("name", label.name.map(JSONValue.string))
            put("path", .string(path)); put("bytes", .number(Double(bytes)))
        case .balance(let user, let key):
            put("event", "balance"); put("balance", .number(user.balance)); put("used_coin", .number(user.usedCoin))
            put("available", .number(user.available)); put("key_name", key.name.map(JSONValue.string))
            put("key_unlimited", .bool(key.unlimited)); put("key_total_quota", .number(key.totalQuota))
            put("key_used_quota", .number(key.usedQuota)); put("key_available_quota", .number(key.availableQuota))
        case .jobs(let jobs, _, _): put("event", "jobs"); put("jobs", .array(jobs.map(jobJSON)))
        case .job(let job, _): put("event", "job"); put("job", jobJSON(job))
        case .request(let body, let note): put("event", "request"); put("body", body); put("note", note.map(JSONValue.string))
        case .curl(let text): put("event", "curl"); put("command", .string(text))
        case .settings(let kind, let pairs):
            put("event", .string(kind))
            put("values", .object(OrderedDictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1.map(JSONValue.string) ?? .null) })))
        case .help(let text): put("event", "help"); put("text", .string(text))
        case .response(let exchange?):
            fields = ["event": "response"]; fields.merge(ExchangeJSON.fields(exchange)) { $1 }
        case .response(nil): put("event", "response"); put("status", .null); put("body", .null)
        case .exchange(let exchange), .tracedExchange(let exchange):
            fields = ["event": "exchange"]; fields.merge(ExchangeJSON.fields(exchange)) { $1 }
        case .failure(let message, let hint):
            put("event", "error"); put("message", .string(message)); put("hint", hint.map(JSONValue.string))
        case .trace: return nil
        case .stepPaused(let trace):
            put("event", "step"); put("exchange", .number(Double(trace.exchange))); put("lines", .array(trace.lines.map(JSONValue.string)))
            put("keys", .string(StepPrompt.keys))
        case .stepResumed: return nil
        }
        return .object(fields)
    }

    private static func jobJSON(_ job: Job) -> JSONValue {
        var fields: OrderedDictionary<String, JSONValue> = [:]
        fields["name"] = job.name.map(JSONValue.string) ?? .null
        fields["task_id"] = job.taskID.map(JSONValue.string) ?? .null
        fields["status"] = .string(JobTable.state(of: job))
        fields["prompt"] = job.prompt.map(JSONValue.string) ?? .null
        fields["video_url"] = job.videoURL.map { .string($0.absoluteString) } ?? .null
        fields["file"] = job.file.map(JSONValue.string) ?? .null
        // The server the task belongs to; null for a task of an older journal that did not say.
        fields["origin"] = job.origin.map { .string($0.text) } ?? .null
        return .object(fields)
    }
}
