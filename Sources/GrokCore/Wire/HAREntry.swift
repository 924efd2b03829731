import Foundation
import OrderedCollections

/// One exchange as a HAR 1.2 entry (docs/wire.md), as browsers' developer tools import it.
/// Bodies are the wire log's: redacted, cut at 16 KiB (then `comment` says so). A binary
/// answer (the video) is given by its size alone, and an upload's image bytes by theirs.
enum HAREntry {
    static func json(for exchange: Exchange) -> JSONValue {
        var entry: OrderedDictionary<String, JSONValue> = [
            "startedDateTime": .string(Exchange.timestamp(exchange.request.date)),
            "time": .number(Double(exchange.milliseconds)),
            "request": request(exchange),
            "response": response(exchange),
            "cache": .object([:]),
            "timings": .object(["blocked": -1, "dns": -1, "connect": -1, "send": 0,
                                "wait": .number(Double(exchange.milliseconds)), "receive": 0]),
        ]
        if let failure = exchange.failure { entry["_error"] = .string(failure) }
        return .object(entry)
    }

    private static func request(_ exchange: Exchange) -> JSONValue {
        var fields: OrderedDictionary<String, JSONValue> = [
            "method": .string(exchange.method), "url": .string(exchange.url), "httpVersion": .string(exchange.request.httpVersion),
            "cookies": .array([]), "headers": headers(exchange.request.headers), "queryString": queryString(exchange.url),
        ]
        if let body = exchange.request.body {
            var post: OrderedDictionary<String, JSONValue> = ["mimeType": .string(body.mimeType), "text": .string(body.text ?? "")]
            if exchange.request.file != nil {
                post["comment"] = "the file's bytes are replaced by their size"
            } else if body.isCut {
                post["comment"] = .string("the first \(WireBody.limit) bytes")
            }
            fields["postData"] = .object(post)
        }
        fields["headersSize"] = -1
        fields["bodySize"] = .number(Double(exchange.request.body.map { $0.size ?? -1 } ?? 0))
        return .object(fields)
    }

    private static func response(_ exchange: Exchange) -> JSONValue {
        guard case .response(let status, let answer) = exchange.outcome else {
            return .object(["status": 0, "statusText": "", "httpVersion": "", "cookies": .array([]), "headers": .array([]),
                            "content": .object(["size": 0, "mimeType": "x-unknown"]), "redirectURL": "",
                            "headersSize": -1, "bodySize": -1])
        }
        var content: OrderedDictionary<String, JSONValue> = [
            "size": .number(Double(answer.body.map { $0.size ?? 0 } ?? 0)),
            "mimeType": .string(answer.body?.mimeType ?? answer.header("Content-Type") ?? "x-unknown"),
        ]
        if let body = answer.body {
            if let text = body.text {
                content["text"] = .string(text)
                if body.isCut { content["comment"] = .string("the first \(WireBody.limit) bytes") }
            } else {
                content["comment"] = "binary, not kept"
            }
        }
        return .object([
            "status": .number(Double(status)), "statusText": .string(answer.statusText ?? ""),
            "httpVersion": .string(answer.httpVersion), "cookies": .array([]), "headers": headers(answer.headers),
            "content": .object(content), "redirectURL": .string(answer.header("Location") ?? ""),
            "headersSize": -1, "bodySize": .number(Double(answer.body.map { $0.size ?? -1 } ?? 0)),
        ])
    }

    private static func headers(_ list: [TraceEvent.Header]) -> JSONValue {
        .array(list.map { .object(["name": .string($0.name), "value": .string($0.value)]) })
    }

    private static func queryString(_ url: String) -> JSONValue {
        let items = URLComponents(string: url)?.queryItems ?? []
        return .array(items.map { .object(["name": .string($0.name), "value": .string($0.value ?? "")]) })
    }
}
