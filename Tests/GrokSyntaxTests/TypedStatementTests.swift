import Testing
@testable import GrokSyntax

/// `TypedStatement`: the statement before the cursor, as the lexer reads it, for Tab and hints.
@Suite struct TypedStatementTests {
    @Test func wordsOfTheLastStatement() {
        #expect(TypedStatement(before: "set ratio 16") == TypedStatement(words: ["set", "ratio"], current: "16", currentSource: "16"))
        #expect(TypedStatement(before: "set ratio ") == TypedStatement(words: ["set", "ratio"]))
        #expect(TypedStatement(before: "echo hi; rat") == TypedStatement(current: "rat", currentSource: "rat"))
        #expect(TypedStatement(before: "repeat 2 { subm").current == "subm")
        #expect(TypedStatement(before: "repeat 2 {\n  echo x } ").words == [])
        #expect(TypedStatement(before: "") == TypedStatement())
    }

    /// The braces of `${name}`, and braces in strings, close no block: the statement goes on.
    @Test func bracesInsideAWordOrAStringEndNothing() {
        #expect(TypedStatement(before: "download ${task} to ").words == ["download", "${task}", "to"])
        #expect(TypedStatement(before: "download \"${a}}\" to ou").words == ["download", "\"${a}}\"", "to"])
        #expect(TypedStatement(before: "echo \"{\" }x ").words == ["echo", "{", "}x"])
        #expect(TypedStatement(before: "repeat 1 { echo } ").words == [])
    }

    @Test func aContinuationKeepsTheStatementGoing() {
        #expect(TypedStatement(before: "download cat \\\n  to ").words == ["download", "cat", "to"])
    }

    @Test func openQuotes() {
        #expect(TypedStatement(before: "image \"my fi") ==
            TypedStatement(words: ["image"], current: "my fi", currentSource: "\"my fi", quote: "\""))
        #expect(TypedStatement(before: "image 'a\\b").quote == "'")
        #expect(TypedStatement(before: "image 'a\\b").current == "a\\b")
        #expect(TypedStatement(before: "image \"a\\\"b").current == "a\"b")
        #expect(TypedStatement(before: "prompt \"done\"").quote == nil)
        #expect(TypedStatement(before: "prompt \"done\" ").words == ["prompt", "done"])
    }

    @Test func interpolationsKeepTheirSource() {
        #expect(TypedStatement(before: "echo $o").current == "$o")
        #expect(TypedStatement(before: "echo $").current == "$")
        #expect(TypedStatement(before: "echo out/$name").current == "out/$name")
    }

    @Test func comments() {
        #expect(TypedStatement(before: "# a comment rat").inComment)
        #expect(TypedStatement(before: "echo hi # ratio {").inComment)
        #expect(!TypedStatement(before: "echo a#b").inComment)
        #expect(!TypedStatement(before: "# a comment\nrat").inComment)
        #expect(TypedStatement(before: "# a comment\nrat").current == "rat")
    }
}
