/// Lexical path arithmetic for the checker: no file system access, so a
/// path resolves the same way in tests and on disk.
public enum FilePath {
    /// `~` and `~/…` in the home directory, when one is known; any other path as it is.
    public static func expandingHome(_ path: String, home: String?) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home else { return path }
        return home + path.dropFirst()
    }

    /// `path` against `base` unless absolute (or `~/…` with `home`), with `.` and `..` folded.
    static func resolve(_ path: String, against base: String, home: String? = nil) -> String {
        let path = expandingHome(path, home: home)
        let joined = path.hasPrefix("/") || base.isEmpty ? path : base + "/" + path
        return normalize(joined)
    }

    /// `path` relative to `directory` when it lies inside it, as people write paths.
    static func display(_ path: String, from directory: String?) -> String {
        guard let directory else { return path }
        let base = normalize(directory)
        let prefix = base == "/" ? "/" : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The directory holding `path`: `a/b.grok` gives `a`, `b.grok` gives `.`.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".":
                continue
            case "..":
                if let last = segments.last, last != ".." {
                    segments.removeLast()
                } else if !isAbsolute {
                    segments.append(segment)
                }
            default:
                segments.append(segment)
            }
        }
        let body = segments.joined(separator: "/")
        if isAbsolute { return "/" + body }
        return body.isEmpty ? "." : body
    }
}
