import Foundation

/// What may become a link or a source on the page, and in what form: an absolute http(s)
/// URL, or a local file as a path relative to the page, so the folder can be moved or
/// zipped whole. Everything else (`javascript:`, `data:`, `file:`, a bare word) is shown as
/// text only.
enum PageReference {
    /// The URL when it is http or https with a host, as a URL writes it; nil otherwise.
    static func remote(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return nil }
        return url.absoluteString
    }

    /// `absolutePath` relative to `directory` (both absolute), each part percent-encoded,
    /// so a file named `javascript:x` or `a#b` is still only a path.
    static func relative(_ absolutePath: String, from directory: String) -> String {
        let target = components(absolutePath)
        let base = components(directory)
        let common = zip(target, base).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: base.count - common) + target[common...].map(encode)
        return parts.joined(separator: "/")
    }

    private static func components(_ path: String) -> [String] {
        URL(fileURLWithPath: path).standardizedFileURL.path.split(separator: "/").map(String.init)
    }

    /// Unreserved characters stay; every other byte is written `%XX`.
    private static func encode(_ part: String) -> String {
        var encoded = ""
        for byte in part.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte < 0x80, character.isLetter || character.isNumber || "-._~".contains(character) {
                encoded.append(character)
            } else {
                encoded += String(format: "%%%02X", byte)
            }
        }
        return encoded
    }
}
