import Foundation

/// What `grok-sandbox` prints on standard output once it listens: the base URL alone on the
/// first line (scripts and tests read it), then shell lines a class pastes to point curl and
/// grok at it. Everything after the first line is valid shell: comments and `export`s.
enum ListeningNotice {
    static func text(url: URL, keyFile: String?, host: String) -> String {
        let base = url.absoluteString
        var lines = [base, "export JIMMYAI_BASE_URL=\(base)"]
        if let keyFile {
            lines.append("# only the key in \(keyFile) works here: export JIMMYAI_API_KEY=<that key>")
        } else {
            lines.append("export JIMMYAI_API_KEY=anything")
            lines.append("# any non-empty key works here; nothing is billed")
        }
        if ["0.0.0.0", "::", "[::]"].contains(host) {
            lines.append("# from another machine, use this machine's address instead of \(url.host ?? host)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
