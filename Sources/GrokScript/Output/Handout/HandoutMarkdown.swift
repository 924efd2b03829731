import GrokCore

/// The Markdown of a handout (`record FILE.md`): fenced blocks only, each fence longer than
/// any run of backticks inside it, so no body or output can close its block early and turn
/// into markup, whatever the Markdown viewer.
enum HandoutMarkdown {
    static func title(version: String, baseURL: String, date: String) -> String {
        "# grok session\n\nRecorded by grok \(version) on \(date), against \(inline(baseURL)).\n\n"
            + "Each curl line reads the key from the shell: `export JIMMYAI_API_KEY=...` first "
            + "(against the sandbox any key works).\n\n"
    }

    static func entry(_ text: String) -> String {
        block(text, language: "grok")
    }

    static func output(_ text: String) -> String {
        block(text, language: "text")
    }

    /// The exchange as a curl command and its answer: the status line, then the body.
    static func exchange(_ exchange: Exchange) -> String {
        var text = "Exchange #\(exchange.number): \(inline(exchange.method + " " + exchange.url))"
        switch exchange.outcome {
        case .response(let status, let answer):
            text += " answered **\(status)\(answer.statusText.map { " " + plain($0) } ?? "")** in \(exchange.milliseconds) ms\n\n"
            text += block(CurlCommand.exchange(exchange), language: "sh")
            guard let body = answer.body else { return text }
            guard let shown = TraceEvent.wholeText(body) else { return text }
            let json = body.text.flatMap { body.isCut ? nil : JSONValue.parse(Array($0.utf8)) }
            text += block(json?.prettyText ?? shown, language: json == nil ? "text" : "json")
        case .failure(let message):
            text += " failed after \(exchange.milliseconds) ms: \(plain(message))\n\n"
            text += block(CurlCommand.exchange(exchange), language: "sh")
        }
        return text
    }

    /// A fenced block; control characters escaped except line ends and tabs.
    static func block(_ text: String, language: String) -> String {
        let safe = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).replacingOccurrences(of: "\t", with: "    ").escapingControlCharacters }.joined(separator: "\n")
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: safe) + 1))
        return fence + language + "\n" + safe + "\n" + fence + "\n\n"
    }

    /// Inline code for one line of text, its delimiters longer than any backticks inside.
    static func inline(_ text: String) -> String {
        let safe = text.escapingControlCharacters.replacingOccurrences(of: "\n", with: " ")
        let ticks = String(repeating: "`", count: longestRun(of: "`", in: safe) + 1)
        return ticks + " " + safe + " " + ticks
    }

    /// Text from a server in running prose: no markup characters, no control characters.
    static func plain(_ text: String) -> String {
        String(text.escapingControlCharacters.filter { !"`*_[]<>#|\\!".contains($0) })
    }

    private static func longestRun(of character: Character, in text: String) -> Int {
        var (longest, current) = (0, 0)
        for each in text {
            current = each == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
