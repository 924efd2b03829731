import GrokSyntax
import Testing
@testable import GrokScript

/// Variables read before they exist, script arguments, and what counts as defined.
@Suite struct CheckerVariableTests {
    private let harness = CheckerHarness()

    @Test func undefinedVariableSuggestsAKnownName() {
        let text = "let name = cat\necho $nmae"
        let found = harness.only(text)
        #expect(found?.id == "check.undefined-variable")
        #expect(found?.message == "undefined variable '$nmae'")
        #expect(found?.label == "did you mean '$name'?")
        #expect(found?.notes == [Diagnostic.Note.hint("define it first with 'let nmae = VALUE', or pass --var nmae=VALUE")])
        #expect(harness.covered(text) == ["$nmae"])
        #expect(harness.check(text).statements.count == 1)
    }

    @Test func builtinsAreSuggested() {
        #expect(harness.only("echo $vidoe_url")?.label == "did you mean '$video_url'?")
        #expect(harness.only("echo $zzz")?.label == "not defined before this point")
    }

    @Test(arguments: [
        "echo $task $status $progress $video_url $file $upload_url $error",
        "echo $env.HOME ${env.NOPE}",
        "let a = 1\necho $a",
        "repeat 2 { let a = 1 }\necho $a",
        "for w in x y { echo $w; let seen = $w }\necho $seen",
        "let a = 1\nlet a = \"$a$a\"",
        "for w in a { for v in b { echo $w$v } }",
    ])
    func definedVariables(_ text: String) {
        #expect(harness.ids(text) == [])
    }

    @Test(arguments: [
        ("echo $a\nlet a = 1", "$a"),
        ("let a = $a", "$a"),
        ("for w in a { echo }\necho $w", "$w"),
        ("for w in $w { echo }", "$w"),
        ("repeat $n { echo }", "$n"),
        ("assert $x == 1", "$x"),
        ("image \"${img}.png\"", "${img}"),
        ("for p in lines $dir/p.txt { echo }", "$dir"),
    ])
    func undefinedWhereverTheyAreRead(_ text: String, _ covered: String) {
        #expect(harness.ids(text) == ["check.undefined-variable"])
        #expect(harness.covered(text) == [covered])
    }

    @Test func contextVariablesAreDefined() {
        var harness = CheckerHarness()
        harness.variables = ["out"]
        #expect(harness.ids("echo $out") == [])
        #expect(harness.only("echo $otu")?.label == "did you mean '$out'?")
    }

    @Test func scriptArguments() {
        var harness = CheckerHarness()
        harness.arguments = 2
        #expect(harness.ids("echo $1 $2") == [])
        let found = harness.only("echo $1 $3")
        #expect(found?.id == "check.missing-script-argument")
        #expect(found?.message == "script argument $3 is not set")
        #expect(found?.label == "the script was given only 2 arguments")
        #expect(harness.covered("echo $3") == ["$3"])
        harness.arguments = 1
        #expect(harness.only("echo ${12}")?.label == "the script was given only 1 argument")
        harness.arguments = 0
        #expect(harness.only("echo $1")?.label == "the script was given no arguments")
    }

    @Test func everyUndefinedReadIsReported() {
        #expect(harness.ids("echo $a $b\necho $c") == Array(repeating: "check.undefined-variable", count: 3))
    }
}
