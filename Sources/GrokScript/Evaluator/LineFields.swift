/// How `for NAME TEXT in lines FILE` splits a line: on each tab when it has one (so a field
/// may hold blanks), otherwise on runs of blanks; the last of `count` fields takes the rest
/// of the line as it is. Fewer fields than `count` come back as they are, for the caller to refuse.
enum LineFields {
    static func split(_ line: String, into count: Int) -> [String] {
        let byTab = line.contains("\t")
        var rest = byTab ? Substring(line) : Substring(line).drop(while: { $0 == " " })
        var fields: [String] = []
        while fields.count < count - 1 {
            guard let separator = rest.firstIndex(of: byTab ? "\t" : " ") else { break }
            fields.append(String(rest[..<separator]))
            rest = byTab ? rest[rest.index(after: separator)...] : rest[separator...].drop(while: { $0 == " " })
        }
        if !byTab { rest = Substring(String(rest).trimmingTrailingBlanks) }
        if !rest.isEmpty || byTab { fields.append(String(rest)) }
        return fields
    }
}

private extension String {
    var trimmingTrailingBlanks: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
