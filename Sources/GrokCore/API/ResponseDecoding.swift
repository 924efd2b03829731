import Foundation

/// Turns raw HTTP answers into the payload of the envelope, accepting every documented
/// variant: `code` as string or number, wrapped or flat bodies, errors with any HTTP status.
public enum ResponseDecoding {
    public static let excerptLength = 120

    /// The `data` of a successful answer, or the fields of a flat one. Text of the answer
    /// that goes into an error is redacted with `redactor` first: errors never carry a secret.
    public static func payload(status: Int, body: [UInt8], retryAfter: Duration? = nil, redactor: Redactor) throws(GrokError) -> JSONValue {
        guard let document = JSONValue.parse(body), case .object = document else {
            throw failure(status: status, body: body, retryAfter: retryAfter, redactor: redactor)
        }
        if let code = document["code"]?.lenientNumber.map({ Int($0) }) {
            let message = redactor.redact(document["msg"]?.lenientString ?? document["message"]?.lenientString ?? "")
            guard code == APICode.success else {
                if status == 429 { throw .rateLimited(retryAfter: retryAfter) }
                if code == APICode.authenticationFailed { throw .authentication(message: message.isEmpty ? "code 20001" : message) }
                throw .api(code: code, message: message, httpStatus: status)
            }
            if let data = document["data"], case .object = data { return data }
            return document
        }
        guard (200..<300).contains(status) else {
            throw failure(status: status, body: body, retryAfter: retryAfter, redactor: redactor)
        }
        return document
    }

    private static func failure(status: Int, body: [UInt8], retryAfter: Duration?, redactor: Redactor) -> GrokError {
        let text = excerpt(body, redactor: redactor)
        switch status {
        case 429: return .rateLimited(retryAfter: retryAfter)
        case 401, 403: return .authentication(message: text.isEmpty ? "HTTP \(status)" : "HTTP \(status): \(text)")
        case 200..<300: return .notJSON(httpStatus: status, excerpt: text)
        default:
            if let document = JSONValue.parse(body),
               let message = document["msg"]?.lenientString ?? document["message"]?.lenientString ?? document["error"]?.lenientString {
                return .http(status: status, excerpt: redactor.redact(message))
            }
            return .http(status: status, excerpt: text)
        }
    }

    /// The first bytes of a body, printable, on one line, with secrets hidden before it is
    /// cut (`Redactor.cut`). `whole: false`: `body` is only the start of the answer.
    public static func excerpt(_ body: [UInt8], redactor: Redactor, whole: Bool = true) -> String {
        let head = body.prefix(redactor.window(forCutAt: excerptLength))
        let text = String(String(decoding: head, as: UTF8.self)
            .map { $0.isNewline || $0 == "\t" ? " " : String($0) }
            .joined()
            .unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return body.isEmpty ? "(empty body)" : "(\(body.count) bytes of binary data)" }
        let shown = redactor.cut(text, maxBytes: excerptLength, textWasCut: !whole || head.count < body.count)
        return "'" + shown.text + (shown.isShortened || head.count < body.count ? "…" : "") + "'"
    }
}

extension ResponseDecoding {
    public static func task(from payload: JSONValue, baseURL: URL, redactor: Redactor = .none) throws(GrokError) -> TaskInfo {
        guard let taskID = payload["task_id"]?.lenientString ?? payload["id"]?.lenientString else {
            throw .missingField("task_id", excerpt: excerpt(Array(payload.compactText.utf8), redactor: redactor))
        }
        let result = payload["result"]
        let rawURL = result?["video_url"]?.stringValue ?? payload["video_url"]?.stringValue
        return TaskInfo(
            taskID: taskID,
            status: TaskStatus(payload["status"]?.lenientString ?? "unknown"),
            progress: payload["progress"].flatMap(progress(from:)),
            model: payload["model"]?.stringValue,
            createdAt: payload["created_at"].flatMap(date(from:)),
            completedAt: payload["completed_at"].flatMap(date(from:)),
            videoURL: rawURL.flatMap { resolve($0, against: baseURL) },
            errorMessage: (payload["error_message"]?.stringValue ?? payload["error"]?.stringValue).flatMap { $0.isEmpty ? nil : $0 }
        )
    }

    public static func createdTask(from payload: JSONValue, redactor: Redactor = .none) throws(GrokError) -> CreatedTask {
        guard let taskID = payload["task_id"]?.lenientString ?? payload["id"]?.lenientString, !taskID.isEmpty else {
            throw .missingField("task_id", excerpt: excerpt(Array(payload.compactText.utf8), redactor: redactor))
        }
        return CreatedTask(
            taskID: taskID,
            status: TaskStatus(payload["status"]?.lenientString ?? "queued"),
            model: payload["model"]?.stringValue,
            createdAt: payload["created_at"].flatMap(date(from:))
        )
    }

    public static func uploadedFile(from payload: JSONValue, baseURL: URL, redactor: Redactor = .none) throws(GrokError) -> UploadedFile {
        guard let text = payload["url"]?.stringValue, let url = resolve(text, against: baseURL) else {
            throw .missingField("url", excerpt: excerpt(Array(payload.compactText.utf8), redactor: redactor))
        }
        return UploadedFile(
            url: url,
            filename: payload["filename"]?.stringValue,
            size: payload["size"]?.lenientNumber.map { Int64($0) },
            mimeType: payload["mime_type"]?.stringValue
        )
    }

    public static func userBalance(from payload: JSONValue, redactor: Redactor = .none) throws(GrokError) -> UserBalance {
        guard let balance = payload["balance"]?.lenientNumber else {
            throw .missingField("balance", excerpt: excerpt(Array(payload.compactText.utf8), redactor: redactor))
        }
        let used = payload["used_coin"]?.lenientNumber ?? 0
        return UserBalance(balance: balance, usedCoin: used, available: payload["available"]?.lenientNumber ?? balance - used)
    }

    public static func keyBalance(from payload: JSONValue) throws(GrokError) -> KeyBalance {
        let total = payload["total_quota"]?.lenientNumber ?? 0
        let used = payload["used_quota"]?.lenientNumber ?? 0
        let unlimited: Bool
        if case .bool(let flag) = payload["unlimited"] { unlimited = flag } else { unlimited = total == 0 }
        return KeyBalance(
            name: payload["name"]?.stringValue,
            totalQuota: total,
            usedQuota: used,
            availableQuota: payload["available_quota"]?.lenientNumber ?? max(0, total - used),
            unlimited: unlimited
        )
    }

    /// `45`, `45.5`, `"45%"`, `"45"`; clamped to 0–100 (a server's `250` is 100, `-5` is 0);
    /// what is not a finite number is no progress.
    static func progress(from value: JSONValue) -> Double? {
        let number: Double?
        switch value {
        case .number(let value): number = value
        case .string(let text):
            let digits = text.trimmingCharacters(in: .whitespaces)
            number = Double(digits.hasSuffix("%") ? String(digits.dropLast()) : digits)
        default: number = nil
        }
        guard let number, number.isFinite else { return nil }
        return min(100, max(0, number))
    }

    /// Unix seconds, as a number or a numeric string.
    static func date(from value: JSONValue) -> Date? {
        value.lenientNumber.map { Date(timeIntervalSince1970: $0) }
    }

    /// Absolute URLs as they are; relative ones resolved against the base URL.
    static func resolve(_ text: String, against baseURL: URL) -> URL? {
        guard !text.isEmpty else { return nil }
        if let url = URL(string: text), url.scheme != nil { return url }
        return URL(string: text, relativeTo: baseURL)?.absoluteURL
    }
}
