/// Cutting and padding text by terminal columns (`DisplayWidth`: a CJK character takes
/// two), never inside a character. What is cut away is shown by `…`.
public enum DisplayFit {
    public static let ellipsis = "…"

    /// `text` when it fits in `width` columns, else its start and `…`.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 0 else { return "" }
        return prefix(of: text, width: width - 1) + ellipsis
    }

    /// `text` followed by blanks up to `width` columns (none when it is already as wide).
    public static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// A path cut in the middle so that its file name stays: `videos/…/cat.mp4`; when even
    /// the file name does not fit, the start and end of the path around `…`, so the
    /// extension still shows.
    public static func shortenedPath(_ path: String, to width: Int) -> String {
        guard DisplayWidth.of(path) > width else { return path }
        guard width > 1 else { return truncated(path, to: width) }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            let name = String(path[slash...])
            let room = width - 1 - DisplayWidth.of(name)
            if room >= 0 { return prefix(of: path, width: room) + ellipsis + name }
        }
        let tail = (width - 1) / 2
        return prefix(of: path, width: width - 1 - tail) + ellipsis + suffix(of: path, width: tail)
    }

    /// The longest start of `text` at most `width` columns wide.
    private static func prefix(of text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let next = DisplayWidth.of(String(character))
            guard used + next <= width else { break }
            result.append(character)
            used += next
        }
        return result
    }

    /// The longest end of `text` at most `width` columns wide.
    private static func suffix(of text: String, width: Int) -> String {
        var kept: [Character] = []
        var used = 0
        for character in text.reversed() {
            let next = DisplayWidth.of(String(character))
            guard used + next <= width else { break }
            kept.append(character)
            used += next
        }
        return String(kept.reversed())
    }
}
