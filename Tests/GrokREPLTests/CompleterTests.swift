import GrokCore
import GrokScript
import Testing
@testable import GrokREPL

@Suite struct CompleterTests {
    let files: [String: [DirectoryEntry]] = [
        "/work": [.init(name: "cat.png", isDirectory: false), .init(name: "cats", isDirectory: true),
                  .init(name: "dog.jpg", isDirectory: false), .init(name: ".hidden", isDirectory: false),
                  .init(name: "my file.png", isDirectory: false), .init(name: "notes.txt", isDirectory: false),
                  .init(name: "Photo.JPEG", isDirectory: false)],
        "/work/cats": [.init(name: "tabby.png", isDirectory: false)],
        "/home/me/pics": [.init(name: "sun.png", isDirectory: false)],
    ]

    var state: CompletionState {
        let files = self.files
        return CompletionState(variables: ["out", "task"], taskNames: ["cat", "dog"], taskIDs: ["sbx-task-000002", "sbx-task-000001"],
                               directory: "/work", homeDirectory: "/home/me", listDirectory: { files[$0] })
    }

    func complete(_ line: String, cursor: Int? = nil) -> Completion {
        Completer.complete(line: line, cursor: cursor ?? line.unicodeScalars.count, state: state)
    }

    @Test func commandNamesAtTheStart() {
        #expect(complete("rat").texts == ["ratio"])
        #expect(complete("rat").replacing == "rat")
        #expect(complete("s").texts == ["set", "show", "submit", "status", "sleep", "source", "save", "save!"])
        #expect(complete("").texts == CommandTable.names)
        #expect(complete("  wa").texts == ["wait"])
    }

    @Test func commandNamesAfterAStatementEnd() {
        #expect(complete("echo hi; rat").texts == ["ratio"])
        #expect(complete("repeat 2 { subm").texts == ["submit"])
        #expect(complete("repeat 2 {\n  ec").texts == ["echo"])
    }

    @Test func settingKeysForSetAndUnset() {
        #expect(complete("set ").texts == SettingKey.allCases.map(\.rawValue))
        #expect(complete("set po").texts == ["poll-interval"])
        #expect(complete("unset ra").texts == ["ratio", "rate-limit"])
        #expect(complete("set rate").texts == ["rate-limit"])
        #expect(complete("set max").texts == ["max-poll-interval", "max-tasks"])
    }

    @Test func allowedValuesOfDraftFields() {
        #expect(complete("ratio ").texts == VideoOptions.ratios)
        #expect(complete("ratio 1").texts == ["16:9", "1:1"])
        #expect(complete("model ").texts == VideoOptions.modelNames)
        #expect(complete("duration ").texts == ["10", "15"])
        #expect(complete("orientation p").texts == ["portrait"])
        #expect(complete("set ratio 9").texts == ["9:16"])
        #expect(complete("set orientation ").texts == ["landscape", "portrait"])
        #expect(complete("set duration ").texts == ["10", "15"])
    }

    @Test func onOffAndOtherChoices() {
        #expect(complete("set auto-download ").texts == ["on", "off"])
        #expect(complete("set overwrite o").texts == ["on", "off"])
        #expect(complete("set trace of").texts == ["off"])
        #expect(complete("set on-error ").texts == ["stop", "continue"])
        #expect(complete("set format j").texts == ["json"])
        #expect(complete("set color ").texts == ["auto", "on", "off"])
        #expect(complete("set timeout ").texts == [])
        #expect(complete("set nonsense ").texts == [])
    }

    @Test func pathsAfterImageUploadSourceAndDownloadTo() {
        #expect(complete("image c").texts == ["cats/", "cat.png"])
        #expect(complete("upload d").texts == ["dog.jpg"])
        #expect(complete("source cats/").texts == ["cats/tabby.png"])
        #expect(complete("download cat to c").texts == ["cat.png", "cats/"])
        #expect(complete("download to d").texts == ["dog.jpg"])
        #expect(complete("set output-dir ca").texts == ["cat.png", "cats/"])
        #expect(complete("for p in lines d").texts == ["dog.jpg"])
        #expect(complete("image ~/pics/").texts == ["~/pics/sun.png"])
        #expect(complete("image /work/cats/t").texts == ["/work/cats/tabby.png"])
    }

    /// Issue 20: `image ` + Tab offered every file. Folders come first, then pictures (by
    /// extension, in any case); other files only when nothing else matches.
    @Test func imageOffersFoldersThenPictures() {
        #expect(complete("image ").texts == ["none", "cats/", "Photo.JPEG", "cat.png", "dog.jpg", "\"my file.png"])
        #expect(complete("set image ").texts == ["none", "cats/", "Photo.JPEG", "cat.png", "dog.jpg", "\"my file.png"])
        #expect(complete("image no").texts == ["none", "notes.txt"])
        #expect(complete("upload ").texts == ["Photo.JPEG", "cat.png", "cats/", "dog.jpg", "\"my file.png", "notes.txt"])
    }

    @Test func pathTerminators() {
        let file = complete("upload do").candidates
        #expect(file == [Candidate("dog.jpg", terminator: " ")])
        let directory = complete("image cats").candidates
        #expect(directory == [Candidate("cats/", terminator: "", display: "cats/")])
        #expect(complete("image .h").texts == [".hidden"])
        #expect(complete("image my").candidates == [Candidate("\"my file.png", terminator: "\" ", display: "my file.png")])
        let quoted = complete("image \"my")
        #expect(quoted.replacing == "\"my")
        #expect(quoted.candidates == [Candidate("\"my file.png", terminator: "\" ", display: "my file.png")])
    }

    @Test func tasksAfterWaitStatusDownloadAndShowJob() {
        #expect(complete("wait ").texts == ["cat", "dog", "sbx-task-000002", "sbx-task-000001", "last", "all", "timeout"])
        #expect(complete("wait c").texts == ["cat"])
        #expect(complete("wait cat ").texts == ["dog", "sbx-task-000002", "sbx-task-000001", "last", "all", "timeout"])
        #expect(complete("wait cat timeout ").texts == [])
        #expect(complete("status sbx").texts == ["sbx-task-000002", "sbx-task-000001"])
        #expect(complete("status a").texts == ["all"])
        #expect(complete("download ").texts == ["cat", "dog", "sbx-task-000002", "sbx-task-000001", "last", "all", "to"])
        #expect(complete("download cat ").texts == ["to"])
        #expect(complete("show job d").texts == ["dog"])
        #expect(complete("show job ").texts.contains("last"))
    }

    @Test func keywordsFromTheCommandTable() {
        #expect(complete("show ").texts == ["draft", "request", "curl", "response", "exchange", "options", "jobs", "job"])
        #expect(complete("show c").texts == ["curl"])
        #expect(complete("show curl ").texts == ["status", "download", "upload", "balance"])
        #expect(complete("jobs ").texts == ["all"])
        #expect(complete("submit ").texts == ["as"])
        #expect(complete("help wa").texts == ["wait"])
        #expect(complete("help op").texts == ["options"])
    }

    @Test func everyCommandCompletesItsNameAndFirstKeywords() {
        for spec in CommandTable.commands {
            #expect(complete(spec.name).texts.contains(spec.name), "\(spec.name)")
            for case .word(let word) in spec.expectations(after: []) {
                #expect(complete(spec.name + " ").texts.contains(word), "\(spec.name) \(word)")
            }
        }
    }

    @Test func variables() {
        #expect(complete("echo $").texts == ["$out", "$task"])
        #expect(complete("download last to $o").texts == ["$out"])
    }

    /// `${name}` is one word: its braces are not a block's, so the statement goes on.
    @Test func bracedVariablesDoNotEndTheStatement() {
        #expect(complete("download ${task} to d").texts == ["dog.jpg"])
        #expect(complete("download ${task} ").texts == ["to"])
        #expect(complete("echo \"}\"; rat").texts == ["ratio"])
        #expect(complete("echo ${out} rat").texts == [])
    }

    @Test func nothingWhereNothingFits() {
        #expect(complete("echo ").texts == [])
        #expect(complete("prompt a cat").texts == [])
        #expect(complete("sleep ").texts == [])
        #expect(complete("ratio 16:9 ").texts == [])
        #expect(complete("# a comment rat").texts == [])
        #expect(complete("prompt \"rat").texts == [])
        #expect(complete("nosuchcommand ").texts == [])
    }

    @Test func cursorInTheMiddle() {
        #expect(complete("rat 16:9", cursor: 3).texts == ["ratio"])
        #expect(complete("一只 rat", cursor: 6).texts == [])
        #expect(complete("echo 一只; rat").texts == ["ratio"])
    }

    @Test func commonPrefix() {
        #expect(complete("set p").commonPrefix == "p")
        #expect(complete("s").commonPrefix == "s")
        #expect(complete("image c").commonPrefix == "cat")
        #expect(complete("wait sbx").commonPrefix == "sbx-task-00000")
    }
}
