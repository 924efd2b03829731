/// A header value with `; key=value` parameters, e.g. `form-data; name="file"; filename="a;b.png"`.
struct HeaderParameters: Sendable {
    let value: String
    private let parameters: [String: String]

    init(_ header: String) {
        var fields = Self.fields(header)[...]
        value = fields.popFirst().map { String($0.trimmingWhitespace()) } ?? ""
        var parameters: [String: String] = [:]
        for field in fields {
            guard let equals = field.firstIndex(of: "=") else { continue }
            let key = field[..<equals].trimmingWhitespace().lowercased()
            parameters[key] = Self.unquoted(field[field.index(after: equals)...].trimmingWhitespace())
        }
        self.parameters = parameters
    }

    subscript(key: String) -> String? {
        parameters[key.lowercased()]
    }

    /// Splits at `;` outside double quotes.
    private static func fields(_ header: String) -> [Substring] {
        var fields: [Substring] = []
        var start = header.startIndex
        var quoted = false
        var escaped = false
        for index in header.indices {
            let character = header[index]
            if escaped {
                escaped = false
            } else if quoted && character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                fields.append(header[start..<index])
                start = header.index(after: index)
            }
        }
        fields.append(header[start...])
        return fields
    }

    private static func unquoted(_ text: Substring) -> String {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return String(text) }
        var result = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if !escaped && character == "\\" {
                escaped = true
            } else {
                result.append(character)
                escaped = false
            }
        }
        return result
    }
}
