import Mustache

/// Mustache's escaping for XML: the five characters with a meaning (`<`, `>`, `&`, `"`, `'`)
/// as entities, and the characters XML 1.0 does not allow at all (C0 controls other than
/// tab and line ends, U+FFFE, U+FFFF) written as `\u{1B}`, so that any text a server sent
/// still makes a file every parser reads.
struct XMLContent: MustacheContentType {
    static let name = "XML"

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
