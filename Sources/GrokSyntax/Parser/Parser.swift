/// Builds a `Script` from tokens, jlox/Lua style: one function per grammar
/// rule, small token helpers, and after an error a jump to the next statement
/// boundary so that every error in the file is reported.
///
/// Grammar (terminals in quotes; keywords count only as bare words):
///
///     script        → statementList EOF
///     statementList → ( terminator | statement ( terminator | &'}' | &EOF ) )*
///     statement     → let | for | repeat | assert | command
///     let           → 'let' NAME '=' argument
///     for           → 'for' NAME 'in' ( 'lines' argument | argument+ ) block
///     repeat        → 'repeat' argument block
///     assert        → 'assert' argument ( '==' | '!=' ) argument
///     command       → WORD argument*
///     block         → '{' statementList '}'
///     terminator    → NEWLINE | ';'
public struct Parser {
    public struct Output: Sendable, Equatable {
        public var script: Script
        /// In the order found, which is source order.
        public var diagnostics: [Diagnostic]
    }

    /// Blocks nested deeper than this are reported and skipped without
    /// recursion, so hostile input cannot overflow the stack.
    public static let maximumNesting = 200

    public static func parse(_ tokens: [Token], source: SourceFile) -> Output {
        var parser = Parser(tokens: tokens, source: source)
        let script = parser.parseScript()
        return Output(script: script, diagnostics: parser.collector.diagnostics)
    }

    /// Thrown after a diagnostic is recorded, to unwind to the statement list.
    struct Failure: Error {}

    let source: SourceFile
    let tokens: [Token]
    private(set) var current = 0
    private var depth = 0
    private var collector = DiagnosticCollector(tooMany: ParserError.tooManyErrors(limit:))
    /// Every block still open at the end of the file is unclosed; only the
    /// innermost is reported, the others would only repeat it.
    private var reportedUnclosedBlock = false

    private init(tokens: [Token], source: SourceFile) {
        let end = Token(.endOfFile, range: SourceRange(start: source.bytes.count, end: source.bytes.count))
        self.tokens = tokens.last?.kind == .endOfFile ? tokens : tokens + [end]
        self.source = source
    }

    // script → statementList EOF
    private mutating func parseScript() -> Script {
        let statements = parseStatementList(inBlock: false, expectedCount: tokens.count { $0.isTerminator })
        return Script(statements: statements, range: SourceRange(start: 0, end: source.bytes.count))
    }

    // statementList → ( terminator | statement ( terminator | &'}' | &EOF ) )*
    /// `expectedCount` reserves room up front: on a large script, regrowing
    /// the top-level list is a measurable share of the parse.
    private mutating func parseStatementList(inBlock: Bool, expectedCount: Int = 0) -> [Statement] {
        var statements: [Statement] = []
        statements.reserveCapacity(expectedCount)
        while !collector.isFull {
            switch peek.kind {
            case .newline, .semicolon:
                advance()
            case .endOfFile:
                return statements
            case .rightBrace:
                if inBlock { return statements }
                report(.unmatchedClosingBrace, at: advance().range)
            case .word, .leftBrace:
                do {
                    if let statement = try parseStatement() {
                        statements.append(statement)
                    }
                    try expectStatementEnd()
                } catch {
                    synchronize()
                }
            }
        }
        return statements // gave up: too many errors
    }

    // block → '{' statementList '}'
    /// Expects the current token to be `{`.
    mutating func parseBlock() -> Block {
        let open = advance()
        guard depth < Self.maximumNesting else {
            report(.nestingTooDeep(limit: Self.maximumNesting), at: open.range)
            return Block(statements: [], range: open.range.union(skipBlockContents(openedBy: open)))
        }
        depth += 1
        defer { depth -= 1 }
        let statements = parseStatementList(inBlock: true)
        if let close = match(.rightBrace) {
            return Block(statements: statements, range: open.range.union(close.range))
        }
        reportUnclosed(open)
        return Block(statements: statements, range: open.range.union(peek.range))
    }

    /// Skips to the `}` matching an already consumed `{`, counting braces in a
    /// loop rather than recursing. Returns the range of that `}` (or of the end).
    private mutating func skipBlockContents(openedBy open: Token) -> SourceRange {
        var level = 1
        while true {
            switch peek.kind {
            case .leftBrace:
                level += 1
            case .rightBrace:
                level -= 1
                if level == 0 { return advance().range }
            case .endOfFile:
                reportUnclosed(open)
                return peek.range
            case .word, .newline, .semicolon:
                break
            }
            advance()
        }
    }

    private mutating func reportUnclosed(_ open: Token) {
        guard !reportedUnclosedBlock else { return }
        reportedUnclosedBlock = true
        report(.unclosedBlock(openedOnLine: source.line(containing: open.range.start)), at: open.range)
    }

    /// After a statement: a terminator, or a `}` or the end, which the caller handles.
    private mutating func expectStatementEnd() throws(Failure) {
        if isAtStatementEnd { return }
        if check(.leftBrace) {
            throw fail(.unexpectedBlock(command: nil, suggestion: nil), at: peek.range)
        }
        throw fail(.expectedStatementEnd(found: describe(peek)), at: peek.range)
    }

    /// Skips past the next newline or `;`, or up to a `}` or the end. A block on
    /// the way is still parsed, so the errors inside it are reported too and its
    /// braces stay balanced; its statements are dropped.
    private mutating func synchronize() {
        while true {
            switch peek.kind {
            case .newline, .semicolon:
                advance()
                return
            case .rightBrace, .endOfFile:
                return
            case .leftBrace:
                _ = parseBlock()
            case .word:
                advance()
            }
        }
    }

    // MARK: Token helpers

    var peek: Token { tokens[current] }

    /// The kind of the token at `index`, or of the final end-of-file token past it.
    func tokenKind(at index: Int) -> Token.Kind { tokens[min(index, tokens.count - 1)].kind }

    /// The current token; moves on unless it is the end of the file.
    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[current]
        if token.kind != .endOfFile { current += 1 }
        return token
    }

    /// For the payload-free kinds; words are tested with `peek.argument`.
    func check(_ kind: Token.Kind) -> Bool { peek.kind == kind }

    mutating func match(_ kind: Token.Kind) -> Token? {
        check(kind) ? advance() : nil
    }

    func checkKeyword(_ keyword: String) -> Bool {
        peek.argument?.isKeyword(keyword) ?? false
    }

    /// jlox's `consume`: the bare keyword expected here, or else the error,
    /// made from a description of the token found and reported at it.
    @discardableResult
    mutating func consumeKeyword(_ keyword: String, orFail error: (_ found: String) -> ParserError) throws(Failure) -> Token {
        guard checkKeyword(keyword) else {
            throw fail(error(describe(peek)), at: peek.range)
        }
        return advance()
    }

    var isAtStatementEnd: Bool { peek.isTerminator || check(.rightBrace) }

    /// The arguments up to the end of the statement or a `{`.
    mutating func parseArguments() -> [Argument] {
        var arguments: [Argument] = []
        while let argument = peek.argument {
            arguments.append(argument)
            advance()
        }
        return arguments
    }

    // MARK: Diagnostics

    mutating func report(_ error: ParserError, at range: SourceRange) {
        collector.append(error, at: range)
    }

    /// Records the error and returns the failure to throw.
    mutating func fail(_ error: ParserError, at range: SourceRange) -> Failure {
        report(error, at: range)
        return Failure()
    }

    /// What a token looks like in a message, as Lua's `near '…'` does.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .word: "'\(excerpt(token.range))'"
        case .newline: "end of line"
        case .semicolon: "';'"
        case .leftBrace: "'{'"
        case .rightBrace: "'}'"
        case .endOfFile: "end of file"
        }
    }

    /// Source text of a range, cut short so a huge token cannot flood a message.
    func excerpt(_ range: SourceRange, limit: Int = 32) -> String {
        let window = SourceRange(start: range.start, end: min(range.end, range.start + limit * 4))
        let text = source.text(of: window)
        return window.end < range.end ? String(text.prefix(limit)) + "…" : DiagnosticWording.excerpt(text, limit: limit)
    }
}
