/// Writes JSON text with keys in their stored order, so requests print as they are sent.
extension JSONValue {
    /// One line, no spaces: the form sent over the wire and written to JSON Lines files.
    public var compactText: String {
        var out = ""
        write(to: &out, indent: nil, level: 0)
        return out
    }

    /// Two-space indented, for people to read (`show request`).
    public var prettyText: String {
        var out = ""
        write(to: &out, indent: "  ", level: 0)
        return out
    }

    private func write(to out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += value.isFinite ? JSONValue.format(value) : "null"
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let items):
            writeContainer(items, open: "[", close: "]", to: &out, indent: indent, level: level) { item, out in
                item.write(to: &out, indent: indent, level: level + 1)
            }
        case .object(let fields):
            writeContainer(Array(fields), open: "{", close: "}", to: &out, indent: indent, level: level) { field, out in
                JSONValue.writeString(field.key, to: &out)
                out += indent == nil ? ":" : ": "
                field.value.write(to: &out, indent: indent, level: level + 1)
            }
        }
    }

    private func writeContainer<Element>(
        _ elements: [Element], open: String, close: String, to out: inout String,
        indent: String?, level: Int, writeElement: (Element, inout String) -> Void
    ) {
        out += open
        guard !elements.isEmpty else { return out += close }
        for (index, element) in elements.enumerated() {
            if index > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
            writeElement(element, &out)
        }
        if let indent { out += "\n" + String(repeating: indent, count: level) }
        out += close
    }

    private static func writeString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // C0, DEL and C1: escaped, so JSON Lines shown on a terminal cannot drive it.
            case _ where scalar.isControlCharacter:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
