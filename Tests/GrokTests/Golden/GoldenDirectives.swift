import GrokSandbox

/// How a golden asks to be run, in its leading comment lines:
/// `# golden: ARGS…` adds command-line arguments (`--dry-run`, `--json`, `-e`…),
/// `# golden-stdin` feeds the script on standard input instead of naming it,
/// `# golden-key: KEY` makes the sandbox accept only that key, and
/// `# golden-fault: ENDPOINT FAULT` queues a fault (`500`, `429`, `busy`, `drop`, `malformed`, `html`, `empty`,
/// `bad-range`, `control`, `exploded`).
struct GoldenDirectives {
    var arguments: [String] = []
    var stdin = false
    var sandboxKey: String?
    var faults: [(SandboxEndpoint, SandboxFault)] = []

    init(_ text: String) {
        for line in Self.leadingComments(text) {
            let words = line.split(separator: " ").map(String.init)
            if line.hasPrefix("# golden:") {
                arguments += words.dropFirst(2)
            } else if line == "# golden-stdin" {
                stdin = true
            } else if line.hasPrefix("# golden-key:"), words.count == 3 {
                sandboxKey = words[2]
            } else if line.hasPrefix("# golden-fault:"), words.count == 4,
                      let endpoint = SandboxEndpoint(rawValue: words[2]), let fault = Self.fault(named: words[3]) {
                faults.append((endpoint, fault))
            }
        }
    }

    /// The comment lines a golden starts with (a `#!` line included, blank lines between
    /// them skipped), without line ends.
    static func leadingComments(_ text: String) -> [String] {
        // `\r\n` is one Character, so lines are split on any line end rather than on "\n".
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        return lines.prefix { $0.hasPrefix("#") || $0.isEmpty }.filter { $0.hasPrefix("#") }
    }

    static func fault(named name: String) -> SandboxFault? {
        switch name {
        case "500": .httpStatus(500)
        case "429": .rateLimited(retryAfter: 0)
        case "busy": .serverBusy
        case "drop": .dropConnection
        case "malformed": .malformedJSON
        case "html": .htmlBody
        case "empty": .emptyBody
        case "bad-range": .wrongContentRange
        case "control": .controlCharacters
        case "exploded": .unknownStatus
        default: nil
        }
    }
}
