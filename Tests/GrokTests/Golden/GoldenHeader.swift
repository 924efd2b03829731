import GrokSandbox

/// What a golden says it expects, in its header line, read by the runner on every run:
///
///     # expect: exit 2, sent nothing
///     # expect: exit 0, sent 1 create
///     # expect: exit 0, sent 2 creates, 1 upload
///     # expect: exit 1, sent 0 creates
///
/// `sent nothing`: the sandbox's request log stays empty. Otherwise each `N WORD` pins how
/// many requests reached that endpoint (`create`, `upload`, `query`, `video`, `balance`,
/// singular or plural); endpoints not named are not counted. Exit 2 promises that nothing
/// was sent, so `exit 2` goes only with `sent nothing`.
struct GoldenHeader: Equatable {
    static let prefix = "# expect:"

    let exit: Int32
    /// nil: nothing at all may be sent.
    let sent: [SandboxEndpoint: Int]?

    /// The first `# expect:` line among the script's leading comment lines.
    static func find(in text: String) throws(GoldenHeaderError) -> GoldenHeader {
        let lines = GoldenDirectives.leadingComments(text)
        let headers = lines.filter { $0.hasPrefix(prefix) }
        guard headers.count == 1, let line = headers.first else {
            throw headers.isEmpty ? .missing : .repeated
        }
        return try parse(String(line.dropFirst(prefix.count)))
    }

    static func parse(_ text: String) throws(GoldenHeaderError) -> GoldenHeader {
        let clauses = text.split(separator: ",").map { $0.split(separator: " ").map(String.init) }
        guard let first = clauses.first, first.count == 2, first[0] == "exit", let exit = Int32(first[1]) else {
            throw .malformed("it must begin 'exit N'")
        }
        let rest = clauses.dropFirst()
        guard let sentClause = rest.first, sentClause.first == "sent" else { throw .malformed("'sent …' must follow the exit status") }
        if sentClause == ["sent", "nothing"], rest.count == 1 { return GoldenHeader(exit: exit, sent: nil) }
        var counts: [SandboxEndpoint: Int] = [:]
        for (index, clause) in rest.enumerated() {
            let words = index == 0 ? Array(clause.dropFirst()) : clause
            guard words.count == 2, let count = Int(words[0]), count >= 0, let endpoint = endpoint(named: words[1]) else {
                throw .malformed("'\(clause.joined(separator: " "))' is not 'N create|upload|query|video|balance'")
            }
            guard counts[endpoint] == nil else { throw .malformed("\(words[1]) is counted twice") }
            counts[endpoint] = count
        }
        guard exit != 2 else { throw .malformed("exit 2 promises that nothing was sent: write 'sent nothing'") }
        return GoldenHeader(exit: exit, sent: counts)
    }

    static func endpoint(named word: String) -> SandboxEndpoint? {
        switch word {
        case "create", "creates": .create
        case "upload", "uploads": .upload
        case "query", "queries": .query
        case "video", "videos": .video
        case "balance", "balances": .userBalance
        default: nil
        }
    }

    /// How the header and what happened disagree; empty when they agree.
    func contradictions(exit actual: Int32, log: [LoggedRequest]) -> [String] {
        var problems: [String] = []
        if actual != exit { problems.append("the header expects exit \(exit), the run exited \(actual)") }
        guard let sent else {
            if !log.isEmpty { problems.append("the header expects nothing sent; the sandbox got \(log.map(\.summary))") }
            return problems
        }
        for (endpoint, count) in sent.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let actualCount = log.filter { $0.endpoint == endpoint }.count
            if actualCount != count {
                problems.append("the header expects \(count) \(endpoint.rawValue) requests; the sandbox got \(actualCount)")
            }
        }
        return problems
    }
}

enum GoldenHeaderError: Error, Equatable, CustomStringConvertible {
    case missing
    case repeated
    case malformed(String)

    var description: String {
        switch self {
        case .missing: "no '# expect: exit N, sent …' header among the leading comment lines"
        case .repeated: "more than one '# expect:' header"
        case .malformed(let why): "malformed '# expect:' header: \(why)"
        }
    }
}
