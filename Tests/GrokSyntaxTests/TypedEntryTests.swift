import Testing
@testable import GrokSyntax

/// `TypedEntry.read`: the REPL's question after each line, answered by the lexer and
/// parser a file goes through.
@Suite struct TypedEntryTests {
    func unfinished(_ lines: [String]) -> ParsedScript.Unfinished? {
        guard case .incomplete(let unfinished, _) = TypedEntry.read(lines) else { return nil }
        return unfinished
    }

    func complete(_ lines: [String]) -> ParsedScript? {
        guard case .complete(let parsed) = TypedEntry.read(lines) else { return nil }
        return parsed
    }

    @Test func aTrailingBackslashContinuesAsInAFile() throws {
        #expect(unfinished(["echo a \\"]) == .continuation)
        #expect(unfinished(["echo \"a \\"]) == .continuation)
        let parsed = try #require(complete(["echo a \\", "b"]))
        #expect(parsed == ParsedScript.parse(SourceFile(name: "<stdin>", text: "echo a \\\nb\n")))
        #expect(parsed.diagnostics.isEmpty)
        guard case .command(let echo) = parsed.script.statements.first else {
            Issue.record("expected a command")
            return
        }
        #expect(echo.arguments.map(\.literalValue) == ["a", "b"])
    }

    @Test func anOpenBlockOrMultilineStringReadsOn() {
        #expect(unfinished(["repeat 2 {"]) == .block)
        #expect(unfinished(["repeat 2 {", "echo ${name}"]) == .block)
        #expect(unfinished(["repeat 2 {", "echo \"}\" # }"]) == .block)
        #expect(unfinished(["prompt \"\"\"", "  a {cat}"]) == .multilineString)
        #expect(complete(["repeat 2 {", "echo ${name}", "}"]) != nil)
        #expect(complete(["prompt \"\"\"", "  a {cat}", "  \"\"\""]) != nil)
    }

    @Test func whatIsWrongButFinishedIsComplete() throws {
        let stray = try #require(complete(["}"]))
        #expect(!stray.diagnostics.isEmpty)
        #expect(complete(["echo \"open"]) != nil)
        #expect(complete(["# a comment {"]) != nil)
        #expect(complete(["echo a\\\\"]) != nil)
    }

    /// Ctrl-D hands an unfinished entry over: the parse so far says what is open.
    @Test func anUnfinishedEntryKeepsItsParseSoFar() {
        let entry = TypedEntry.read(["repeat 2 {", "echo hi"])
        #expect(entry.parsed.diagnostics.map(\.id) == [ParserError.unclosedBlock(openedOnLine: 1).wording.id])
        #expect(entry.parsed.source.name == "<stdin>")
        #expect(entry.parsed.source.text == "repeat 2 {\necho hi\n")
    }
}
