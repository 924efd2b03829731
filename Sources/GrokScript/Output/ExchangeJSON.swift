import Foundation
import GrokCore
import OrderedCollections

/// An exchange as JSON fields (docs/wire.md): the request's method, URL, headers and body,
/// then the answer's status, headers and body, and the time it took; a failed exchange has
/// `error` instead of an answer. Bodies that are JSON are kept as JSON, keys in order.
enum ExchangeJSON {
    static func fields(_ exchange: Exchange) -> OrderedDictionary<String, JSONValue> {
        var fields: OrderedDictionary<String, JSONValue> = [
            "n": .number(Double(exchange.number)),
            "started": .string(Exchange.timestamp(exchange.request.date)),
            "method": .string(exchange.method), "url": .string(exchange.url),
            "request_headers": headers(exchange.request.headers),
        ]
        body(exchange.request.body, prefix: "request_", into: &fields)
        switch exchange.outcome {
        case .response(let status, let answer):
            fields["status"] = .number(Double(status))
            fields["status_text"] = answer.statusText.map(JSONValue.string) ?? .null
            fields["headers"] = headers(answer.headers)
            body(answer.body, prefix: "", into: &fields)
        case .failure(let message):
            fields["status"] = .null
            fields["error"] = .string(message)
        }
        fields["ms"] = .number(Double(exchange.milliseconds))
        return fields
    }

    /// `body`: the JSON it holds, else its text, else `null` (none, binary or not kept);
    /// `body_bytes`: its full length; `body_cut`: only when the text is the start of it.
    private static func body(_ body: WireBody?, prefix: String, into fields: inout OrderedDictionary<String, JSONValue>) {
        let value: JSONValue = if let text = body?.text {
            body?.isCut == false ? JSONValue.parse(Array(text.utf8)) ?? .string(text) : .string(text)
        } else {
            .null
        }
        fields[prefix + "body"] = value
        fields[prefix + "body_bytes"] = body.map { $0.size.map { .number(Double($0)) } ?? .null } ?? .number(0)
        if body?.isCut == true { fields[prefix + "body_cut"] = .bool(true) }
    }

    /// Headers by name, in the order they came; a repeated name's values joined by `, `.
    static func headers(_ list: [TraceEvent.Header]) -> JSONValue {
        var object: OrderedDictionary<String, JSONValue> = [:]
        for header in list {
            object[header.name] = .string(object[header.name]?.stringValue.map { $0 + ", " + header.value } ?? header.value)
        }
        return .object(object)
    }
}
