/// Everything the parser can report. All wording lives in `wording`; `found`
/// values are already quoted by the parser (`'echo'`, `end of line`).
public enum ParserError: DiagnosticKind, Equatable {
    case unmatchedClosingBrace
    case unclosedBlock(openedOnLine: Int)
    /// A `{` where no block may start; `command` is the command it follows, if any.
    case unexpectedBlock(command: String?, suggestion: String?)
    case nestingTooDeep(limit: Int)
    case commandNameNotPlain(found: String)
    case expectedStatementEnd(found: String)
    case expectedVariableName(after: String, found: String)
    case invalidVariableName(found: String)
    case reservedVariableName(String)
    case expectedEquals(found: String)
    case missingLetValue(name: String)
    case extraLetValues(name: String)
    case expectedIn(found: String)
    case missingLoopWords(found: String)
    case linesWithoutPath
    /// `for a b in x y { … }`: several names split lines of a file; words have no fields.
    case fieldsWithoutLines(names: Int)
    case linesWithExtraPaths
    case expectedBlock(after: String, found: String, braceOnNextLine: Bool)
    case missingRepeatCount(found: String)
    case extraRepeatCounts
    case missingAssertOperator(found: String, sawSingleEquals: Bool)
    case assertOperandCount(operator: String)
    case tooManyErrors(limit: Int)

    public var wording: DiagnosticWording {
        switch self {
        case .unmatchedClosingBrace:
            DiagnosticWording(
                id: "parse.unmatched-brace",
                message: "unexpected '}' with no block to close",
                label: "no '{' opens this",
                hint: "remove it, or quote it to pass a literal brace: '}'"
            )
        case .unclosedBlock(let line):
            DiagnosticWording(
                id: "parse.unclosed-block",
                message: "expected '}' to close the block opened on line \(line), found end of file",
                label: "this '{' is never closed",
                hint: "add '}' on a line of its own where the block ends"
            )
        case .unexpectedBlock(let command, let suggestion):
            DiagnosticWording(
                id: "parse.unexpected-block",
                message: command.map { "unexpected '{' after command '\($0)'" } ?? "unexpected '{'",
                label: "a block can only follow 'for … in …' or 'repeat N'",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "quote it to pass a literal brace: '{'"
            )
        case .nestingTooDeep(let limit):
            DiagnosticWording(
                id: "parse.nesting-too-deep",
                message: "blocks are nested more than \(limit) deep",
                label: "this block is too deep",
                hint: "split the script with 'source', or flatten the loops"
            )
        case .commandNameNotPlain(let found):
            DiagnosticWording(
                id: "parse.command-name",
                message: "expected a command name, found \(found)",
                label: "a command name is a plain word",
                hint: "a statement starts with a command such as 'prompt' or 'echo'; variables and quotes go in its arguments"
            )
        case .expectedStatementEnd(let found):
            DiagnosticWording(
                id: "parse.expected-end",
                message: "expected a newline or ';' after the statement, found \(found)",
                label: "a new statement cannot start here",
                hint: "end each statement with a newline or ';'"
            )
        case .expectedVariableName(let keyword, let found):
            DiagnosticWording(
                id: "parse.expected-name",
                message: "expected a variable name after '\(keyword)', found \(found)",
                label: "expected a name",
                hint: keyword == StatementKeyword.let.rawValue ? "write let NAME = VALUE" : "write for NAME in WORD… { … }"
            )
        case .invalidVariableName(let found):
            DiagnosticWording(
                id: "parse.invalid-name",
                message: "\(found) is not a valid variable name",
                label: "not a name",
                hint: found.hasPrefix("'$")
                    ? "name the variable without '$' here; '$' reads it: let x = 1, then echo $x"
                    : found.contains("=")
                    ? "put blanks around '=': let NAME = VALUE"
                    : "a name starts with a letter or '_' and goes on with letters, digits or '_'"
            )
        case .reservedVariableName(let name):
            DiagnosticWording(
                id: "parse.reserved-name",
                message: "'\(name)' cannot name a variable",
                label: "reserved",
                hint: "$env.NAME reads the environment; pick another name"
            )
        case .expectedEquals(let found):
            DiagnosticWording(
                id: "parse.let-expected-equals",
                message: "expected '=' after the variable name, found \(found)",
                label: "expected '='",
                hint: "write let NAME = VALUE"
            )
        case .missingLetValue(let name):
            DiagnosticWording(
                id: "parse.let-missing-value",
                message: "'let \(name) =' has no value",
                label: "expected a value",
                hint: "write let \(name) = VALUE; use \"\" for an empty string"
            )
        case .extraLetValues(let name):
            DiagnosticWording(
                id: "parse.let-extra-values",
                message: "'let' takes one value",
                label: "extra words",
                hint: "quote the value to keep its spaces: let \(name) = \"a b\""
            )
        case .expectedIn(let found):
            DiagnosticWording(
                id: "parse.for-expected-in",
                message: "expected 'in' after the loop variable, found \(found)",
                label: "expected 'in'",
                hint: "write for NAME in WORD… { … } or for NAME in lines PATH { … }"
            )
        case .missingLoopWords(let found):
            DiagnosticWording(
                id: "parse.for-missing-words",
                message: "expected words or 'lines PATH' after 'in', found \(found)",
                label: "nothing to loop over",
                hint: "write for NAME in a b c { … } or for NAME in lines PATH { … }"
            )
        case .fieldsWithoutLines(let names):
            DiagnosticWording(
                id: "parse.for-fields-without-lines",
                message: "\(names) names split the lines of a file, but this loop is over words",
                label: "only for … in lines PATH splits into fields",
                hint: "write for NAME in ARG… { … } to loop over words, or for NAME TEXT in lines PATH { … } to split each line of PATH"
            )
        case .linesWithoutPath:
            DiagnosticWording(
                id: "parse.for-lines-path",
                message: "expected a file path after 'lines'",
                label: "which file?",
                hint: "write for NAME in lines PATH { … }; quote \"lines\" to loop over the word itself"
            )
        case .linesWithExtraPaths:
            DiagnosticWording(
                id: "parse.for-lines-path",
                message: "'lines' takes one file path",
                label: "extra words",
                hint: "quote a path with spaces; quote \"lines\" to loop over words that start with it"
            )
        case .expectedBlock(let keyword, let found, let braceOnNextLine):
            DiagnosticWording(
                id: "parse.expected-block",
                message: "expected '{' to start the body of '\(keyword)', found \(found)",
                label: "expected '{'",
                hint: braceOnNextLine
                    ? "put the '{' at the end of the '\(keyword)' line, not on the next one"
                    : "write the body in braces: \(keyword == StatementKeyword.for.rawValue ? "for NAME in WORD…" : "repeat N") { … }"
            )
        case .missingRepeatCount(let found):
            DiagnosticWording(
                id: "parse.repeat-missing-count",
                message: "expected a count after 'repeat', found \(found)",
                label: "how many times?",
                hint: "write repeat N { … }"
            )
        case .extraRepeatCounts:
            DiagnosticWording(
                id: "parse.repeat-extra-count",
                message: "'repeat' takes one count",
                label: "extra words",
                hint: "write repeat N { … }"
            )
        case .missingAssertOperator(let found, let sawSingleEquals):
            DiagnosticWording(
                id: "parse.assert-operator",
                message: "expected '==' or '!=' in 'assert', found \(found)",
                label: sawSingleEquals ? "'=' binds a variable; '==' compares" : "expected '==' or '!='",
                hint: sawSingleEquals ? "write assert A == B" : "write assert A == B or assert A != B"
            )
        case .assertOperandCount(let op):
            DiagnosticWording(
                id: "parse.assert-operands",
                message: "'assert' compares one value with one other value",
                label: "expected exactly one value on each side of '\(op)'",
                hint: "quote a value that has spaces: assert $x \(op) \"a b\""
            )
        case .tooManyErrors(let limit):
            DiagnosticWording(
                id: "parse.too-many-errors",
                message: "too many errors; the parser stopped after \(limit)",
                label: "stopped here",
                hint: "fix the errors above and check again"
            )
        }
    }
}
