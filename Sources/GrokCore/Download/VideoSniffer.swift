/// A look at the first bytes of a download: a video container, or a page, or nothing.
enum VideoSniffer {
    /// Bytes wanted before judging.
    static let headLength = 64

    enum Verdict: Equatable {
        case video
        case html
        case empty
        /// Not an MP4: no `ftyp` box near the start.
        case unknown
    }

    static func judge(_ head: [UInt8], contentType: String?) -> Verdict {
        if head.isEmpty { return .empty }
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("text/html") || type.hasPrefix("application/xhtml") || looksLikeHTML(head) { return .html }
        return hasFileTypeBox(head) ? .video : .unknown
    }

    /// An ISO base media file (MP4, MOV, M4V) starts with an `ftyp` box; a few writers put a
    /// small box before it, so it is looked for in the first bytes.
    private static func hasFileTypeBox(_ head: [UInt8]) -> Bool {
        let ftyp = Array("ftyp".utf8)
        let window = head.prefix(headLength)
        guard window.count >= 8 else { return false }
        return (window.startIndex...(window.endIndex - 4)).contains { Array(window[$0..<($0 + 4)]) == ftyp }
    }

    private static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head.prefix(headLength), as: UTF8.self)
            .trimmingPrefix(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).lowercased()
        return text.hasPrefix("<!doctype html") || text.hasPrefix("<html") || text.hasPrefix("<head") || text.hasPrefix("<body")
    }
}

private extension String {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        self[...].drop(while: predicate)
    }
}
