import Testing
@testable import GrokSyntax

/// `$name`, `${name}`, `$env.NAME`, `$1` in words and double-quoted strings.
@Suite struct LexerInterpolationTests {
    @Test func variableInAWord() {
        #expect(TestSupport.firstArgument("$task")?.parts == [.variable("task", TestSupport.range(0, 5))])
    }

    @Test func bracedVariableJoinsText() {
        #expect(TestSupport.firstArgument("${name}_v2")?.parts == [
            .variable("name", TestSupport.range(0, 7)),
            .literal("_v2", TestSupport.range(7, 10)),
        ])
    }

    @Test func environmentVariable() {
        #expect(TestSupport.firstArgument("$env.HOME/x")?.parts == [
            .environment("HOME", TestSupport.range(0, 9)),
            .literal("/x", TestSupport.range(9, 11)),
        ])
        #expect(TestSupport.firstArgument("${env.PATH}")?.parts == [.environment("PATH", TestSupport.range(0, 11))])
    }

    @Test func positionalArguments() {
        #expect(TestSupport.firstArgument("$1")?.parts == [.positional(1, TestSupport.range(0, 2))])
        // `$12` is `$1` then the text 2, as in a shell; `${12}` is argument 12.
        #expect(TestSupport.firstArgument("$12").map { TestSupport.describe($0.parts) } == "$12")
        #expect(TestSupport.firstArgument("$12")?.parts.count == 2)
        #expect(TestSupport.firstArgument("${12}")?.parts == [.positional(12, TestSupport.range(0, 5))])
    }

    @Test func variableNameStopsAtPunctuation() {
        #expect(TestSupport.summary("$a.b $c-d $e_f9") == ["${a}.b", "${c}-d", "${e_f9}", "EOF"])
    }

    @Test func interpolationInsideDoubleQuotes() {
        let argument = TestSupport.firstArgument(#""hi $who, ${n}x $env.USER $2""#)
        #expect(argument.map { TestSupport.describe($0.parts) } == "hi ${who}, ${n}x ${env.USER} $2")
        #expect(argument?.parts[1] == .variable("who", TestSupport.range(4, 8)))
    }

    @Test func noInterpolationInSingleQuotesOrAfterEscapes() {
        #expect(TestSupport.summary(#"'$a' \$b "\$c""#) == ["~$a", "~$b", "~$c", "EOF"])
    }
}
