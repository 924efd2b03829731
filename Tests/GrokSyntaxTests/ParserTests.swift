import Testing
@testable import GrokSyntax

/// The AST of each statement form.
@Suite struct ParserTests {
    private func statements(_ text: String) -> [Statement] {
        let parsed = TestSupport.parse(text)
        #expect(parsed.diagnostics.isEmpty, "unexpected: \(parsed.diagnostics.map(\.message))")
        return parsed.script.statements
    }

    private func word(_ text: String, _ start: Int, bare: Bool = true) -> Argument {
        let range = TestSupport.range(start, start + text.utf8.count)
        return Argument(parts: [.literal(text, range)], isBare: bare, range: range)
    }

    @Test func commandWithArguments() {
        #expect(statements("ratio 4:3") == [
            .command(Command(name: Name("ratio", range: TestSupport.range(0, 5)), arguments: [word("4:3", 6)], range: TestSupport.range(0, 9))),
        ])
    }

    @Test func commandWithoutArguments() {
        #expect(statements("submit\n") == [
            .command(Command(name: Name("submit", range: TestSupport.range(0, 6)), arguments: [], range: TestSupport.range(0, 6))),
        ])
    }

    @Test func quotedCommandNameIsAllowed() {
        guard case .command(let command) = statements(#""echo" hi"#).first else {
            Issue.record("expected a command")
            return
        }
        #expect(command.name.text == "echo")
    }

    @Test func statementsSplitOnNewlinesAndSemicolonsAndSkipBlankLines() {
        let names = statements("\n\na 1; b\n\n;c;\n").compactMap { statement -> String? in
            if case .command(let command) = statement { return command.name.text }
            return nil
        }
        #expect(names == ["a", "b", "c"])
    }

    @Test func letBindsOneValue() {
        #expect(statements("let who = \"a cat\"") == [
            .let(LetStatement(name: Name("who", range: TestSupport.range(4, 7)), value: Argument(parts: [.literal("a cat", TestSupport.range(11, 16))], isBare: false, range: TestSupport.range(10, 17)), range: TestSupport.range(0, 17))),
        ])
    }

    @Test func letValueMayInterpolate() {
        guard case .let(let statement) = statements("let out = out/$name.mp4").first else {
            Issue.record("expected let")
            return
        }
        #expect(TestSupport.describe(statement.value.parts) == "out/${name}.mp4")
        #expect(statement.value.literalValue == nil)
    }

    @Test func forOverWords() {
        guard case .for(let loop) = statements("for r in 16:9 1:1 {\n  ratio $r\n}").first else {
            Issue.record("expected for")
            return
        }
        #expect(loop.variable == Name("r", range: TestSupport.range(4, 5)))
        #expect(loop.source == .words([word("16:9", 9), word("1:1", 14)]))
        #expect(loop.body.range == TestSupport.range(18, 32))
        #expect(loop.body.statements.count == 1)
        #expect(loop.range == TestSupport.range(0, 32))
    }

    @Test func forWithSeveralNamesSplitsLines() {
        guard case .for(let loop) = statements("for name text in lines p.tsv { echo $name }").first else {
            Issue.record("expected for")
            return
        }
        #expect(loop.variable == Name("name", range: TestSupport.range(4, 8)))
        #expect(loop.fields == [Name("text", range: TestSupport.range(9, 13))])
        #expect(loop.source == .lines(path: word("p.tsv", 23)))
    }

    @Test func forOverLinesOfAFile() {
        guard case .for(let loop) = statements("for p in lines prompts.txt { prompt $p }").first else {
            Issue.record("expected for")
            return
        }
        #expect(loop.source == .lines(path: word("prompts.txt", 15)))
    }

    @Test func quotedLinesIsAWord() {
        guard case .for(let loop) = statements(#"for w in "lines" x { echo $w }"#).first else {
            Issue.record("expected for")
            return
        }
        guard case .words(let words) = loop.source else {
            Issue.record("expected words")
            return
        }
        #expect(words.map(\.literalValue) == ["lines", "x"])
    }

    @Test func repeatWithACount() {
        guard case .repeat(let loop) = statements("repeat 3 {\necho hi\n}").first else {
            Issue.record("expected repeat")
            return
        }
        #expect(loop.count == word("3", 7))
        #expect(loop.body.range == TestSupport.range(9, 20))
        #expect(loop.range == TestSupport.range(0, 20))
    }

    @Test func oneLineBlock() {
        guard case .repeat(let loop) = statements("repeat 2 { echo hi; echo there }").first else {
            Issue.record("expected repeat")
            return
        }
        #expect(loop.body.statements.count == 2)
        #expect(loop.body.statements.last?.range == TestSupport.range(20, 30))
    }

    @Test func emptyBlocks() {
        #expect(statements("repeat 2 { }\nrepeat 2 {\n}").count == 2)
    }

    @Test func nestedBlocks() {
        let text = """
        for a in x y {
          repeat 2 {
            for b in lines f { echo $a $b }
          }
          echo done
        }
        echo after
        """
        let parsed = statements(text)
        #expect(parsed.count == 2)
        guard case .for(let outer) = parsed.first,
              case .repeat(let middle) = outer.body.statements.first,
              case .for(let inner) = middle.body.statements.first else {
            Issue.record("unexpected shape")
            return
        }
        #expect(outer.body.statements.count == 2)
        #expect(inner.source == .lines(path: word("f", 47)))
        #expect(inner.body.statements.count == 1)
    }

    @Test func blocksCanNestUpToTheLimit() {
        let depth = Parser.maximumNesting
        let text = String(repeating: "repeat 1 {\n", count: depth) + String(repeating: "}\n", count: depth)
        #expect(statements(text).count == 1)
    }

    @Test func assertEqualAndNotEqual() {
        guard case .assert(let equal) = statements("assert $status == completed").first,
              case .assert(let notEqual) = statements("assert \"$a\" != b").first else {
            Issue.record("expected asserts")
            return
        }
        #expect(equal.op == .equal)
        #expect(equal.operatorRange == TestSupport.range(15, 17))
        #expect(equal.rhs == word("completed", 18))
        #expect(equal.range == TestSupport.range(0, 27))
        #expect(notEqual.op == .notEqual)
        #expect(notEqual.lhs.isBare == false)
    }

    @Test func quotedOperatorIsNotAnOperator() {
        #expect(TestSupport.ids(TestSupport.parse(#"assert a "==" b"#).diagnostics) == ["parse.assert-operator"])
    }

    @Test func keywordsOnlyStartStatementsWhenBare() {
        guard case .command(let command) = statements(#"'let' x = 1"#).first else {
            Issue.record("expected a command")
            return
        }
        #expect(command.name.text == "let")
        #expect(command.arguments.count == 3)
    }

    @Test func closingBraceEndsAStatementWithoutATerminator() {
        guard case .for(let loop) = statements("for x in a { echo $x }; echo b").first else {
            Issue.record("expected for")
            return
        }
        #expect(loop.body.statements.count == 1)
    }

    @Test func scriptRangeCoversTheFile() {
        #expect(TestSupport.parse("echo hi\n").script.range == TestSupport.range(0, 8))
    }
}

@Suite struct UnfinishedInputTests {
    @Test(arguments: [
        ("repeat 2 {\n", ParsedScript.Unfinished.block), ("for x in a b {\n  echo $x\n", .block),
        ("prompt \"\"\"\n  a cat\n", .multilineString), ("prompt a \\\n", .continuation), ("prompt a \\\r\n", .continuation),
        ("echo \"a \\\n", .continuation), ("repeat 2 {\n echo a \\\n", .continuation),
        ("repeat 1 { echo ${x}\n", .block), ("repeat 1 {\n echo \"}\" # }\n", .block),
    ])
    func unfinishedInputAsksForMore(text: String, unfinished: ParsedScript.Unfinished) {
        #expect(TestSupport.parse(text).unfinished == unfinished)
    }

    @Test(arguments: ["echo hi\n", "repeat 2 { echo }\n", "echo \"open\n", "# a comment \\\n", "}\n", "echo a\\\\\n",
                      "echo ${name}}\n", "repeat 1 { echo ${x} }\n", "repeat 1 { echo \"}\" }\n", "repeat 1 { # } {\n}\n", "echo a \\"])
    func finishedOrPlainlyWrongInputDoesNot(text: String) {
        #expect(TestSupport.parse(text).unfinished == nil)
    }
}
