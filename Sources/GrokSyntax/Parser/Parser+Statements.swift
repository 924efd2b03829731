import DidYouMean

/// The grammar rules for statements.
extension Parser {
    // statement → let | for | repeat | assert | command
    /// Expects a word or `{`; returns nil for a stray block it has reported.
    mutating func parseStatement() throws(Failure) -> Statement? {
        if check(.leftBrace) {
            report(.unexpectedBlock(command: nil, suggestion: nil), at: peek.range)
            _ = parseBlock()
            return nil
        }
        if checkKeyword(StatementKeyword.let.rawValue) { return .let(try parseLet()) }
        if checkKeyword(StatementKeyword.for.rawValue) { return .for(try parseFor()) }
        if checkKeyword(StatementKeyword.repeat.rawValue) { return .repeat(try parseRepeat()) }
        if checkKeyword(StatementKeyword.assert.rawValue) { return .assert(try parseAssert()) }
        return .command(try parseCommand())
    }

    // command → WORD argument*
    private mutating func parseCommand() throws(Failure) -> Command {
        let nameToken = peek
        guard let text = nameToken.argument?.literalValue, !text.isEmpty else {
            throw fail(.commandNameNotPlain(found: describe(nameToken)), at: nameToken.range)
        }
        advance()
        let arguments = parseArguments()
        let range = nameToken.range.union(arguments.last?.range ?? nameToken.range)
        if check(.leftBrace) {
            let suggestion = Suggestion.closest(to: text, among: [StatementKeyword.for, .repeat].map(\.rawValue))
            let failure = fail(.unexpectedBlock(command: text, suggestion: suggestion), at: peek.range)
            _ = parseBlock()
            // A misspelt `repeat`/`for` is said once, here; the checker need not see the command.
            if suggestion != nil { throw failure }
        }
        return Command(name: Name(text, range: nameToken.range), arguments: arguments, range: range)
    }

    // let → 'let' NAME '=' argument
    private mutating func parseLet() throws(Failure) -> LetStatement {
        let keyword = advance()
        let name = try parseVariableName(after: StatementKeyword.let.rawValue)
        try consumeKeyword(StatementKeyword.equals, orFail: ParserError.expectedEquals(found:))
        let values = parseArguments()
        guard let value = values.first else {
            throw fail(.missingLetValue(name: name.text), at: peek.range)
        }
        if let extra = values.dropFirst().first, let last = values.last {
            throw fail(.extraLetValues(name: name.text), at: extra.range.union(last.range))
        }
        return LetStatement(name: name, value: value, range: keyword.range.union(value.range))
    }

    // for → 'for' NAME NAME* 'in' ( 'lines' argument | argument+ ) block   (several names only with 'lines')
    private mutating func parseFor() throws(Failure) -> ForStatement {
        let keyword = advance()
        let variable = try parseVariableName(after: StatementKeyword.for.rawValue)
        var fields: [Name] = []
        // More names only when an `in` follows them on this line; otherwise `in` is what is missing.
        if inFollowsOnThisLine() {
            while !checkKeyword(StatementKeyword.in) { fields.append(try parseVariableName(after: StatementKeyword.for.rawValue)) }
        }
        try consumeKeyword(StatementKeyword.in, orFail: ParserError.expectedIn(found:))
        let source = try parseLoopSource()
        if case .words = source, let first = fields.first, let last = fields.last {
            throw fail(.fieldsWithoutLines(names: fields.count + 1), at: first.range.union(last.range))
        }
        let body = try parseBody(of: StatementKeyword.for.rawValue)
        return ForStatement(variable: variable, fields: fields, source: source, body: body, range: keyword.range.union(body.range))
    }

    /// True when a bare `in` comes before the end of the statement or a `{`.
    private func inFollowsOnThisLine() -> Bool {
        var index = current
        while index < tokens.count, !tokens[index].isTerminator, tokens[index].kind != .leftBrace, tokens[index].kind != .endOfFile {
            if tokens[index].argument?.isKeyword(StatementKeyword.in) == true { return true }
            index += 1
        }
        return false
    }

    // loopSource → 'lines' argument | argument+
    private mutating func parseLoopSource() throws(Failure) -> ForStatement.Source {
        let arguments = parseArguments()
        guard let first = arguments.first else {
            throw fail(.missingLoopWords(found: describe(peek)), at: peek.range)
        }
        guard first.isKeyword(StatementKeyword.lines) else { return .words(arguments) }
        guard arguments.count > 1 else { throw fail(.linesWithoutPath, at: first.range) }
        if arguments.count > 2, let last = arguments.last {
            throw fail(.linesWithExtraPaths, at: arguments[2].range.union(last.range))
        }
        return .lines(path: arguments[1])
    }

    // repeat → 'repeat' argument block
    private mutating func parseRepeat() throws(Failure) -> RepeatStatement {
        let keyword = advance()
        let arguments = parseArguments()
        guard let count = arguments.first else {
            throw fail(.missingRepeatCount(found: describe(peek)), at: peek.range)
        }
        if let extra = arguments.dropFirst().first, let last = arguments.last {
            // `repeat 2 echo hi` forgot the block; `repeat 2 3 {` has one count too many.
            guard check(.leftBrace) else {
                throw fail(.expectedBlock(after: StatementKeyword.repeat.rawValue, found: "'\(source.text(of: extra.range))'", braceOnNextLine: false), at: extra.range)
            }
            throw fail(.extraRepeatCounts, at: extra.range.union(last.range))
        }
        let body = try parseBody(of: StatementKeyword.repeat.rawValue)
        return RepeatStatement(count: count, body: body, range: keyword.range.union(body.range))
    }

    // assert → 'assert' argument ( '==' | '!=' ) argument
    private mutating func parseAssert() throws(Failure) -> AssertStatement {
        let keyword = advance()
        let arguments = parseArguments()
        let operatorIndex = arguments.firstIndex { argument in AssertStatement.Operator.allCases.contains { argument.isKeyword($0.rawValue) } }
        guard let index = operatorIndex, let op = arguments[index].literalValue.flatMap(AssertStatement.Operator.init(rawValue:)) else {
            let singleEquals = arguments.first { $0.isKeyword(StatementKeyword.equals) }
            let culprit = singleEquals ?? (arguments.count > 1 ? arguments[1] : nil)
            let found = culprit.map { "'\(excerpt($0.range))'" } ?? describe(peek)
            throw fail(.missingAssertOperator(found: found, sawSingleEquals: singleEquals != nil), at: culprit?.range ?? peek.range)
        }
        guard index == 1, arguments.count == 3 else {
            let all = arguments.dropFirst().reduce(arguments[0].range) { $0.union($1.range) }
            throw fail(.assertOperandCount(operator: op.rawValue), at: all)
        }
        return AssertStatement(
            lhs: arguments[0], op: op, operatorRange: arguments[1].range, rhs: arguments[2],
            range: keyword.range.union(arguments[2].range)
        )
    }

    /// NAME after `let` or `for`: a bare identifier other than `env`.
    private mutating func parseVariableName(after keyword: String) throws(Failure) -> Name {
        // `let = 1` and `for in a b` left the name out: the keyword is not a bad name.
        guard let argument = peek.argument, !argument.isKeyword(StatementKeyword.equals), !argument.isKeyword(StatementKeyword.in) else {
            throw fail(.expectedVariableName(after: keyword, found: describe(peek)), at: peek.range)
        }
        guard argument.isBare, let text = argument.literalValue, Self.isVariableName(text) else {
            throw fail(.invalidVariableName(found: describe(peek)), at: argument.range)
        }
        guard text != "env" else {
            throw fail(.reservedVariableName(text), at: argument.range)
        }
        advance()
        return Name(text, range: argument.range)
    }

    /// The block after a loop header. A `{` put on the next line is reported,
    /// then taken as meant, so the body is still checked.
    private mutating func parseBody(of keyword: String) throws(Failure) -> Block {
        if check(.leftBrace) { return parseBlock() }
        let found = peek
        let braceOnNextLine = nextNonNewlineIsLeftBrace()
        let error = fail(.expectedBlock(after: keyword, found: describe(found), braceOnNextLine: braceOnNextLine), at: found.range)
        guard braceOnNextLine else { throw error }
        while check(.newline) { advance() }
        return parseBlock()
    }

    private func nextNonNewlineIsLeftBrace() -> Bool {
        var index = current
        while tokenKind(at: index) == .newline { index += 1 }
        return index > current && tokenKind(at: index) == .leftBrace
    }

    static func isVariableName(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, ASCII.isNameStart(first) else { return false }
        return bytes.allSatisfy(ASCII.isNameContinuation)
    }
}
