import Foundation
import OrderedCollections

/// What one line of the journal says happened (the line also names its server: a
/// `JournalEntry`). The journal is append-only: these records are folded into `Job`s.
public enum JournalRecord: Sendable, Equatable {
    /// Written and synced before a create is sent.
    case createAttempt(attempt: String, name: String?, request: JSONValue, provenance: Provenance = .init(), time: Date)
    case created(attempt: String, task: CreatedTask, time: Date)
    /// `mayExist`: the request may have reached the server, so a task may exist.
    case createFailed(attempt: String, mayExist: Bool, error: String, time: Date)
    /// `queries`: how many answers this record stands for (the queries made since the task's
    /// previous record by the same process); nil in records written before it was counted.
    case status(TaskInfo, queries: Int? = nil, time: Date)
    case downloaded(taskID: String, path: String, bytes: Int64, time: Date)

    static let version = 1
}

extension JournalRecord {
    /// The line's fields after `v` and `origin`.
    var fields: OrderedDictionary<String, JSONValue> {
        var fields: OrderedDictionary<String, JSONValue> = [:]
        func put(_ key: String, _ value: JSONValue?) { if let value { fields[key] = value } }
        switch self {
        case .createAttempt(let attempt, let name, let request, let provenance, let time):
            put("event", "create"); put("time", Self.text(time)); put("attempt", .string(attempt))
            put("name", name.map(JSONValue.string)); put("request", request)
            put("script", provenance.script.map(JSONValue.string)); put("line", provenance.line.map { .number(Double($0)) })
            put("image_file", provenance.imageFile.map(JSONValue.string))
        case .created(let attempt, let task, let time):
            put("event", "created"); put("time", Self.text(time)); put("attempt", .string(attempt))
            put("task_id", .string(task.taskID)); put("status", .string(task.status.raw))
        case .createFailed(let attempt, let mayExist, let error, let time):
            put("event", "create-failed"); put("time", Self.text(time)); put("attempt", .string(attempt))
            put("may_exist", .bool(mayExist)); put("error", .string(error))
        case .status(let info, let queries, let time):
            put("event", "status"); put("time", Self.text(time)); put("task_id", .string(info.taskID))
            put("status", .string(info.status.raw)); put("progress", info.progress.map(JSONValue.number))
            put("queries", queries.map { .number(Double($0)) })
            put("video_url", info.videoURL.map { .string($0.absoluteString) })
            put("error_message", info.errorMessage.map(JSONValue.string))
        case .downloaded(let taskID, let path, let bytes, let time):
            put("event", "downloaded"); put("time", Self.text(time)); put("task_id", .string(taskID))
            put("path", .string(path)); put("bytes", .number(Double(bytes)))
        }
        return fields
    }

    /// `nil` for lines of unknown events or missing fields (written by a newer version, or torn).
    init?(json: JSONValue) {
        guard let event = json["event"]?.stringValue, let time = json["time"]?.stringValue.flatMap(Self.date) else { return nil }
        let attempt = json["attempt"]?.stringValue
        let taskID = json["task_id"]?.lenientString
        switch event {
        case "create":
            guard let attempt, let request = json["request"] else { return nil }
            let provenance = Provenance(script: json["script"]?.stringValue, line: json["line"]?.lenientNumber.flatMap { Int(exactly: $0) },
                                        imageFile: json["image_file"]?.stringValue)
            self = .createAttempt(attempt: attempt, name: json["name"]?.stringValue, request: request, provenance: provenance, time: time)
        case "created":
            guard let attempt, let taskID else { return nil }
            self = .created(attempt: attempt, task: CreatedTask(taskID: taskID, status: TaskStatus(json["status"]?.stringValue ?? "queued")), time: time)
        case "create-failed":
            guard let attempt else { return nil }
            var mayExist = true
            if case .bool(let flag) = json["may_exist"] { mayExist = flag }
            self = .createFailed(attempt: attempt, mayExist: mayExist, error: json["error"]?.stringValue ?? "", time: time)
        case "status":
            guard let taskID else { return nil }
            let info = TaskInfo(
                taskID: taskID, status: TaskStatus(json["status"]?.stringValue ?? "unknown"),
                progress: json["progress"]?.lenientNumber,
                videoURL: json["video_url"]?.stringValue.flatMap(URL.init(string:)),
                errorMessage: json["error_message"]?.stringValue)
            self = .status(info, queries: json["queries"]?.lenientNumber.flatMap { Int(exactly: $0) }, time: time)
        case "downloaded":
            guard let taskID, let path = json["path"]?.stringValue else { return nil }
            self = .downloaded(taskID: taskID, path: path, bytes: Int64(json["bytes"]?.lenientNumber ?? 0), time: time)
        default:
            return nil
        }
    }

    var time: Date {
        switch self {
        case .createAttempt(_, _, _, _, let time), .created(_, _, let time), .createFailed(_, _, _, let time),
             .status(_, _, let time), .downloaded(_, _, _, let time):
            return time
        }
    }

    private static let format = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static func text(_ date: Date) -> JSONValue { .string(date.formatted(format)) }
    private static func date(_ text: String) -> Date? { try? format.parse(text) }
}
