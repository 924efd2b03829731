import Foundation
import OrderedCollections

/// A JSON document as plain values, keeping object keys in the order they were written.
///
/// Responses are parsed into this first (`JSONParser`) and read field by field, so that every variant
/// of the API (numbers as strings, wrapped or flat envelopes, extra fields) is accepted.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(OrderedDictionary<String, JSONValue>)

    public subscript(key: String) -> JSONValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[key]
    }

    public var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// A number, or a string holding one (`20000` and `"20000"` alike).
    public var lenientNumber: Double? {
        switch self {
        case .number(let value): return value
        case .string(let text): return Double(text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// A string, or a number written as text (ids arrive as either).
    public var lenientString: String? {
        switch self {
        case .string(let text): return text
        case .number(let value): return JSONValue.format(value)
        default: return nil
        }
    }

    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue {
    /// Parses UTF-8 JSON text, keeping keys in the order written; `nil` when it is not JSON.
    public static func parse(_ bytes: some Collection<UInt8>) -> JSONValue? {
        JSONParser.parse(Array(bytes))
    }
}
