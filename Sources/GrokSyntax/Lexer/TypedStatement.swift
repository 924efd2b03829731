/// The statement the cursor is in, as the lexer reads the text before the cursor: what
/// Tab completion and hints look at. The same lexer as a script's, so a `}` in `${name}`
/// or in a string closes no block, a `#` in a word starts no comment and a `\`-newline
/// continues the statement.
public struct TypedStatement: Sendable, Equatable {
    /// The finished arguments before the one being typed; the first is the command. Each
    /// is its value (quotes and escapes resolved), or its source text when it interpolates.
    public var words: [String]
    /// The argument being typed, the same way; empty after a blank.
    public var current: String
    /// The source text of the argument being typed, its quote included: what a
    /// completion replaces.
    public var currentSource: String
    /// The argument being typed opened a `"` or `'` string that is still open.
    public var quote: Character?
    /// The cursor is in a comment: nothing to complete.
    public var inComment: Bool

    public var command: String? { words.first }

    public init(words: [String] = [], current: String = "", currentSource: String = "", quote: Character? = nil,
                inComment: Bool = false) {
        self.words = words
        self.current = current
        self.currentSource = currentSource
        self.quote = quote
        self.inComment = inComment
    }

    /// - Parameter text: the text before the cursor.
    public init(before text: String) {
        self.init()
        let source = SourceFile(name: "", text: text)
        let lexed = Lexer.tokenize(source)
        let tokens = lexed.tokens.dropLast() // the end of file
        let end = source.bytes.count
        let lastEnd = tokens.last?.range.end ?? 0
        // Only blanks, continuations and comments leave no token; a comment's newline would.
        inComment = source.bytes[lastEnd..<end].contains(ASCII.hash)
        guard !inComment else { return }
        let start = tokens.lastIndex { $0.argument == nil }.map { $0 + 1 } ?? tokens.startIndex
        var arguments = tokens[start...].compactMap(\.argument)
        if let last = arguments.last, last.range.end == end {
            arguments.removeLast()
            current = Self.text(of: last, in: source)
            currentSource = source.text(of: last.range)
            // A string still open runs to the end; its diagnostic starts at its quote.
            let open = lexed.diagnostics.first { $0.id == Self.unterminatedID && $0.range.end == end && $0.range.start >= last.range.start }
            quote = open.flatMap { source.text(of: SourceRange(start: $0.range.start, end: $0.range.start + 1)).first }
        }
        words = arguments.map { Self.text(of: $0, in: source) }
    }

    private static func text(of argument: Argument, in source: SourceFile) -> String {
        argument.literalValue ?? source.text(of: argument.range)
    }

    private static let unterminatedID = LexerError.unterminatedString(quote: "\"").wording.id
}

