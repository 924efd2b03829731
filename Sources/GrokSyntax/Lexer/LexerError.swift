/// Everything the lexer can report. All wording lives in `wording`.
public enum LexerError: DiagnosticKind, Equatable {
    /// `byte` is the first invalid byte; `moreOnLine` counts further invalid bytes on its line.
    case invalidUTF8(byte: UInt8, moreOnLine: Int)
    case nulByte(moreOnLine: Int)
    /// A `"…"` or `'…'` string still open at the end of its line.
    case unterminatedString(quote: Character)
    case unterminatedMultilineString
    case textAfterMultilineOpener
    case multilineCloserNotAlone
    case insufficientIndentation(expected: String)
    /// `\x` in a double-quoted string, with `x` the character after the backslash.
    case invalidEscape(String)
    case invalidUnicodeEscape
    /// A `\` with nothing after it at the end of the file.
    case danglingBackslash
    /// `$` followed by nothing that can name a variable.
    case emptyVariable(inWord: Bool)
    case unclosedVariable
    case invalidVariableName(String)
    case environmentNeedsName
    case positionalZero
    case tooManyErrors(limit: Int)

    public var wording: DiagnosticWording {
        switch self {
        case .invalidUTF8(let byte, let more):
            DiagnosticWording(
                id: "lex.invalid-utf8",
                message: "invalid UTF-8 byte 0x\(hex(byte))",
                label: "not UTF-8",
                hint: "save the file as UTF-8",
                notes: moreOnLine(more, "invalid")
            )
        case .nulByte(let more):
            DiagnosticWording(
                id: "lex.nul-byte",
                message: "NUL byte in script",
                label: "NUL byte",
                hint: "a script is text; remove the byte",
                notes: moreOnLine(more, "NUL")
            )
        case .unterminatedString(let quote):
            DiagnosticWording(
                id: "lex.unterminated-string",
                message: "unterminated string",
                label: "this string is never closed",
                hint: quote == "'"
                    ? "close it with ' on the same line"
                    : "close it with \" on the same line, or use \"\"\" for text over several lines"
            )
        case .unterminatedMultilineString:
            DiagnosticWording(
                id: "lex.unterminated-multiline-string",
                message: "unterminated multi-line string",
                label: "this string is never closed",
                hint: "close it with \"\"\" on a line of its own"
            )
        case .textAfterMultilineOpener:
            DiagnosticWording(
                id: "lex.multiline-opener",
                message: "text after the opening \"\"\" of a multi-line string",
                label: "move this to the next line",
                hint: "a multi-line string starts on the line after its \"\"\"; use \"…\" for one line"
            )
        case .multilineCloserNotAlone:
            DiagnosticWording(
                id: "lex.multiline-closer",
                message: "the closing \"\"\" of a multi-line string must begin its own line",
                label: "put this on a line of its own",
                hint: "only blanks may come before the closing \"\"\"; they set the indentation to strip"
            )
        case .insufficientIndentation(let expected):
            DiagnosticWording(
                id: "lex.multiline-indentation",
                message: "line is less indented than the closing \"\"\"",
                label: "expected this line to start with \(expected)",
                hint: "indent every line of a multi-line string at least as much as its closing \"\"\""
            )
        case .invalidEscape(let character):
            DiagnosticWording(
                id: "lex.invalid-escape",
                message: "invalid escape '\\\(DiagnosticWording.excerpt(character))' in string",
                label: "unknown escape",
                hint: "the escapes are \\\\ \\\" \\n \\t \\r \\$ \\u{…}; write \\\\ for a backslash"
            )
        case .invalidUnicodeEscape:
            DiagnosticWording(
                id: "lex.invalid-unicode-escape",
                message: "invalid Unicode escape",
                label: "expected \\u{…} with 1 to 8 hex digits",
                hint: "name a Unicode scalar in hex, e.g. \\u{E9} for é or \\u{1F3AC} for 🎬"
            )
        case .danglingBackslash:
            DiagnosticWording(
                id: "lex.dangling-backslash",
                message: "'\\' at the end of the file escapes nothing",
                label: "nothing follows",
                hint: "remove it, or write \\\\ for a backslash"
            )
        case .emptyVariable(let inWord):
            DiagnosticWording(
                id: "lex.empty-variable",
                message: "'$' is not followed by a variable name",
                label: "expected a name, e.g. $name or ${name}",
                hint: inWord
                    ? "write \\$ or '$' for a literal dollar sign"
                    : "write \\$ for a literal dollar sign"
            )
        case .unclosedVariable:
            DiagnosticWording(
                id: "lex.unclosed-variable",
                message: "'${' is never closed",
                label: "expected '}'",
                hint: "write ${name} with the closing brace"
            )
        case .invalidVariableName(let name):
            DiagnosticWording(
                id: "lex.invalid-variable-name",
                message: "'\(DiagnosticWording.excerpt(name))' is not a variable name",
                label: "not a name",
                hint: "inside ${…} write a name (letters, digits, '_'), env.NAME, or a number for a script argument"
            )
        case .environmentNeedsName:
            DiagnosticWording(
                id: "lex.env-needs-name",
                message: "'$env' needs the name of an environment variable",
                label: "expected $env.NAME",
                hint: "write $env.HOME to read HOME from the environment; 'env' cannot name a variable"
            )
        case .positionalZero:
            DiagnosticWording(
                id: "lex.positional-zero",
                message: "script arguments are numbered from $1",
                label: "there is no $0",
                hint: "the first argument after the script's name is $1"
            )
        case .tooManyErrors(let limit):
            DiagnosticWording(
                id: "lex.too-many-errors",
                message: "too many errors; the lexer stopped reporting after \(limit)",
                label: "stopped here",
                hint: "fix the errors above; is this file a grok script?"
            )
        }
    }

    /// "3 more NUL bytes on this line", when there are more.
    private func moreOnLine(_ more: Int, _ kind: String) -> [Diagnostic.Note] {
        more > 0 ? [.note("\(more) more \(kind) \(more == 1 ? "byte" : "bytes") on this line")] : []
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
