import GrokSandbox

/// What a golden says it expects, in its header line, read by the runner on every run:
///
///     # expect: exit 2, sent nothing
///     # expect: exit 0, sent 1 create, 3 queries, 1 video
///     # expect: exit 3, sent 1 balance
///
/// The header names every request the run sends: each `N WORD` is exactly how many requests
/// reached that endpoint (`create`, `upload`, `query`, `video`, `balance`, `key-balance`,
/// singular or plural), an endpoint not named must get none, and `sent nothing` means the
/// sandbox's request log stays empty. Exit 2 promises that nothing was sent, so `exit 2`
/// goes only with `sent nothing`.
struct GoldenHeader: Equatable {
    static let prefix = "# expect:"
    /// Each endpoint's words, in the order a header lists them.
    static let words: [(endpoint: SandboxEndpoint, one: String, many: String)] = [
        (.create, "create", "creates"), (.upload, "upload", "uploads"), (.query, "query", "queries"),
        (.video, "video", "videos"), (.userBalance, "balance", "balances"), (.keyBalance, "key-balance", "key-balances"),
    ]

    let exit: Int32
    /// Requests per endpoint, none zero; empty: nothing at all may be sent.
    let sent: [SandboxEndpoint: Int]

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
        if sentClause == ["sent", "nothing"], rest.count == 1 { return GoldenHeader(exit: exit, sent: [:]) }
        var counts: [SandboxEndpoint: Int] = [:]
        for (index, clause) in rest.enumerated() {
            let words = index == 0 ? Array(clause.dropFirst()) : clause
            guard words.count == 2, let count = Int(words[0]), let endpoint = endpoint(named: words[1]) else {
                throw .malformed("'\(clause.joined(separator: " "))' is not 'N \(Self.words.map(\.one).joined(separator: "|"))'")
            }
            guard count > 0 else { throw .malformed("'\(words.joined(separator: " "))': an endpoint not named gets nothing; leave it out") }
            guard counts[endpoint] == nil else { throw .malformed("\(words[1]) is counted twice") }
            counts[endpoint] = count
        }
        guard exit != 2 else { throw .malformed("exit 2 promises that nothing was sent: write 'sent nothing'") }
        return GoldenHeader(exit: exit, sent: counts)
    }

    static func endpoint(named word: String) -> SandboxEndpoint? {
        words.first { $0.one == word || $0.many == word }?.endpoint
    }

    /// `sent …` as a header writes these counts: `sent nothing`, `sent 1 create, 3 queries`.
    static func describe(_ counts: [SandboxEndpoint: Int]) -> String {
        let clauses = words.compactMap { word in
            counts[word.endpoint].flatMap { $0 > 0 ? "\($0) \($0 == 1 ? word.one : word.many)" : nil }
        }
        return clauses.isEmpty ? "sent nothing" : "sent " + clauses.joined(separator: ", ")
    }

    /// How the header and what happened disagree; empty when they agree.
    func contradictions(exit actual: Int32, log: [LoggedRequest]) -> [String] {
        let known = log.compactMap(\.endpoint)
        return contradictions(exit: actual, sent: Dictionary(known.map { ($0, 1) }, uniquingKeysWith: +),
                              elsewhere: log.filter { $0.endpoint == nil }.map(\.summary))
    }

    /// `sent`: requests per endpoint; `elsewhere`: requests to no endpoint a header can name.
    func contradictions(exit actual: Int32, sent actualSent: [SandboxEndpoint: Int], elsewhere: [String] = []) -> [String] {
        var problems: [String] = []
        if actual != exit { problems.append("the header expects exit \(exit), the run exited \(actual)") }
        let actualSent = actualSent.filter { $0.value > 0 }
        if actualSent != sent {
            problems.append("the header expects '\(Self.describe(sent))', the sandbox got '\(Self.describe(actualSent))'")
        }
        if !elsewhere.isEmpty { problems.append("the sandbox got requests no header can name: \(elsewhere)") }
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
