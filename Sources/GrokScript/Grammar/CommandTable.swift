import DidYouMean
import GrokSyntax
import GrokCore

/// Every command of the language, each written once: its grammar, how it binds, its help.
/// The checker's binding, completion, hints, `help` and usage lines all derive from it.
/// To add a command, add an entry here and a case to `BoundCommand` for the evaluator.
public enum CommandTable {
    public static let commands: [CommandSpec] = draft + tasks + scripting + session

    private static let draft: [CommandSpec] = [
        .command("model", [.value(.setting(.model))], group: .draft,
                 summary: "Set the model. Aliases grok-1.5 and grok_1_5 mean grok-imagine-video-1.5.",
                 example: "model grok-1.5", related: ["show draft", "set"]) { draftField(.model, $0) },
        .command("prompt", [.values(.setting(.prompt), atLeast: 1)], group: .draft,
                 summary: "Set the prompt. Several words are joined by one space; quote to keep spacing.",
                 example: "prompt \"a cat surfing at sunset\"", related: ["image", "show request"]) { draftField(.prompt, $0) },
        .command("image", [.value(.setting(.image))], group: .draft,
                 summary: "Set the one reference image. A local file is uploaded when you submit; 'image none' clears it.",
                 example: "image cat.png", related: ["upload", "prompt"]) { draftField(.image, $0) },
        .command("duration", [.value(.setting(.duration))], group: .draft,
                 summary: "Set the video length in seconds (10s and 15s also work).",
                 example: "duration 15", related: ["ratio"]) { draftField(.duration, $0) },
        .command("ratio", [.value(.setting(.ratio))], group: .draft,
                 summary: "Set the aspect ratio. It takes precedence over orientation.",
                 example: "ratio 9:16", related: ["orientation", "duration"]) { draftField(.ratio, $0) },
        .command("orientation", [.value(.setting(.orientation))], group: .draft,
                 summary: "Set the orientation (landscape is 16:9, portrait 9:16); used only when no ratio is set.",
                 example: "orientation portrait", related: ["ratio"]) { draftField(.orientation, $0) },
        .command("set", [.optional([.choice(settingKeys(syntax: "KEY VALUE", valued: true))])], group: .draft,
                 summary: "Set a draft field or a session option; alone, list them all.",
                 example: "set poll-interval 2s", related: ["unset", "show options"]) { match in
            guard let word = match.word else { return .listSettings }
            return SettingKey(rawValue: word).flatMap { draftField($0, match) }
        },
        .command("unset", [.choice(settingKeys(syntax: "KEY", valued: false))], group: .draft,
                 summary: "Return a draft field or session option to its default.",
                 example: "unset ratio", related: ["set", "reset"]) { match in
            match.word.flatMap(SettingKey.init(rawValue:)).map(BoundCommand.unset)
        },
        .command("reset", [], group: .draft,
                 summary: "Return the draft to its defaults (session options are kept).",
                 example: "reset", related: ["unset", "show draft"]) { _ in .reset },
        .command("show", [.optional([.choice(showTargets)])], group: .draft,
                 summary: "Show the draft, the JSON request, a curl command (of the create, or 'status REF', 'download REF', "
                     + "'upload PATH', 'balance'), the last answer whole (response), exchange N (of the last \(WireLog.kept)), "
                     + "the options, or tasks.",
                 example: "show curl status cat", related: ["submit", "jobs"], keptBySave: false) { match in
            guard let word = match.word else { return .show(.draft) }
            return ShowSubject(rawValue: word).flatMap { $0.target(match) }.map(BoundCommand.show)
        },
    ]

    private static let tasks: [CommandSpec] = [
        .command("submit", [.optional([.keyword("as"), .value(Slot("NAME", .taskName))])], group: .tasks,
                 summary: "Validate the draft, upload a local image, create the task and record it; sets $task.",
                 example: "submit as cat", related: ["wait", "show request"], sendsDraft: true) { .submit(name: $0.value) },
        .command("wait", [taskSelection, .optional([.keyword("timeout"), .value(Slot("DURATION", .duration))])], group: .tasks,
                 summary: "Poll tasks until each finishes, all at once, showing progress; prints each video URL.",
                 example: "wait cat timeout 10m", related: ["status", "download"]) { .wait($0.taskSelection, timeout: $0["DURATION"]) },
        .command("status", [taskSelection], group: .tasks,
                 summary: "Ask once for the status of tasks.",
                 example: "status cat", related: ["wait", "jobs"]) { .status($0.taskSelection) },
        .command("download", [.optional([.value(Slot("REF", .taskReference, words: [Word.all]))]), .optional([.keyword("to"), .value(Slot("PATH", .path))])],
                 group: .tasks,
                 summary: "Save a finished task's video (default OUTPUT-DIR/NAME-or-TASKID.mp4); resumes an interrupted download. "
                     + "'download all' saves every completed task of the session; its PATH is a directory.",
                 example: "download cat to videos/cat.mp4", related: ["wait", "set"]) { match in
            match["REF"]?.isKeyword(Word.all) == true ? .downloadAll(to: match["PATH"]) : .download(reference: match["REF"], to: match["PATH"])
        },
        .command("jobs", [.optional([.keyword(Word.all)])], group: .tasks,
                 summary: "List this server's tasks from the journal: name, id, status, age, prompt, file. "
                     + "'jobs all' lists every attempt of every server, with its host.",
                 example: "jobs", related: ["status", "show", "report"]) { .jobs(all: $0.has(Word.all)) },
        .command("report", [.value(Slot("PATH", .path))], group: .tasks,
                 summary: "Write an HTML page of this session's tasks and videos.",
                 example: "report cats.html", related: ["jobs", "download"], keptBySave: false) { $0.value.map(BoundCommand.report) },
        .command("upload", [.value(Slot("PATH", .path, file: .read))], group: .tasks,
                 summary: "Upload a local file and print its URL; sets $upload_url.",
                 example: "upload cat.png", related: ["image"]) { $0.value.map(BoundCommand.upload) },
        .command("balance", [], group: .tasks,
                 summary: "Show the account balance and the key's quota.",
                 example: "balance", related: ["jobs"]) { _ in .balance },
    ]

    private static let scripting: [CommandSpec] = [
        .statement(.let, [.value(variableName), .keyword(StatementKeyword.equals), .value(Slot("VALUE", .text))],
                   summary: "Set a variable; read it as $NAME.",
                   example: "let out = videos", related: ["echo", "for"]),
        .command("echo", [.values(Slot("ARG", .text), atLeast: 0)], group: .scripting,
                 summary: "Print the arguments, separated by spaces.",
                 example: "echo \"task $task is $status\"", related: ["let"]) { .echo($0.values) },
        .command("sleep", [.value(Slot("DURATION", .duration))], group: .scripting,
                 summary: "Pause (250ms, 10s, 1m30s); Ctrl-C interrupts.",
                 example: "sleep 2s", related: ["wait"]) { $0.value.map(BoundCommand.sleep) },
        .statement(.for, [.alternatives([
            [.value(variableName), .keyword(StatementKeyword.in), .values(Slot("ARG", .text), atLeast: 1), .block],
            [.values(variableName, atLeast: 1), .keyword(StatementKeyword.in), .keyword(StatementKeyword.lines), .value(Slot("PATH", .path, file: .read)), .block],
        ])],
                   summary: "Run a block once per word, or once per non-empty line of a file. With several names each line "
                       + "is split on tabs (or runs of blanks when it has no tab), the last name taking the rest of the line.",
                   example: "for name text in lines prompts.tsv { prompt $text; submit as $name }", related: ["repeat", "let"]),
        .statement(.repeat, [.value(Slot("N", .count(0...ScriptChecker.maximumRepeatCount))), .block],
                   summary: "Run a block N times.",
                   example: "repeat 3 { submit }", related: ["for"]),
        .statement(.assert, [.value(Slot("A", .text)), .choice(comparisons), .value(Slot("B", .text))],
                   summary: "Stop with both values and the position when the comparison is false.",
                   example: "assert $status == completed", related: ["status", "echo"]),
        .command("source", [.value(Slot("PATH", .path, file: .script))], group: .scripting,
                 summary: "Run another script in this session.",
                 example: "source settings.grok", related: ["let", "set"]) { $0.value.map(BoundCommand.source) },
    ]

    private static let session: [CommandSpec] = [
        .command("help", [.optional([.choice(helpTopics)])], group: .session,
                 summary: "List the commands, or show one command's usage, an example and related commands.",
                 example: "help wait", related: ["show"], keptBySave: false) { .help(topic: $0.word) },
        .command("save", [.value(Slot("PATH", .path))], group: .session,
                 summary: "(REPL) Write this session's entries that succeeded, in order, as a script that reproduces it; "
                     + "never over an existing file (save! does that). Left out: failed entries, help, show, save, and lines holding the key.",
                 example: "save cats.grok", related: ["save!", "source"], keptBySave: false) { $0.value.map { .save($0, replace: false) } },
        .command("save!", [.value(Slot("PATH", .path))], group: .session,
                 summary: "(REPL) As save, replacing the file if it exists.",
                 example: "save! cats.grok", related: ["save"], keptBySave: false) { $0.value.map { .save($0, replace: true) } },
        .command("record", [.value(Slot("FILE", .path, words: [Word.off]))], group: .session,
                 summary: "Write a Markdown handout as the session goes.",
                 example: "record class.md", related: ["save", "show curl"], keptBySave: false) { $0.value.map(BoundCommand.record) },
        .command("exit", [.optional([.value(Slot("CODE", .exitCode))])], group: .session,
                 summary: "Leave, with the exit status given or that of the session.",
                 example: "exit 0", related: ["quit"], keptBySave: false) { .exit(code: $0.value) },
        .command("quit", [], group: .session,
                 summary: "Leave.", example: "quit", related: ["exit"], keptBySave: false) { _ in .exit(code: nil) },
    ]

    public static let names: [String] = commands.map(\.name)

    public static func spec(named name: String) -> CommandSpec? {
        byName[name]
    }

    private static let byName = Dictionary(commands.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The closest command name to a misspelt one.
    public static func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, among: names)
    }

    // MARK: Parts several commands share

    /// `model VALUE` is `set model VALUE`; `image none` (the bare word) clears the image.
    private static func draftField(_ key: SettingKey, _ match: GrammarMatch) -> BoundCommand? {
        let values = match.values
        guard !values.isEmpty else { return nil }
        if key == .image, values.count == 1, values[0].isKeyword(Word.none) { return .unset(.image) }
        return .set(key, values)
    }

    /// `[REF…|all]` of `wait` and `status`: none is the last task; `all` stands alone.
    private static let taskSelection = GrammarPart.optional([.values(Slot("REF", .taskReference, words: [Word.all]), atLeast: 1)])
    private static let taskReference = Slot("REF", .taskReference)
    private static let variableName = Slot("NAME", .variableName)

    // Each choice's branches are built once, on first use: static lets are lazy, which also
    // lets `help`'s topics be the names of the table they are part of.

    private static func settingKeys(syntax: String, valued: Bool) -> Choice {
        Choice(what: "key", syntax: syntax, branches: { valued ? settingValueBranches : settingNameBranches },
               unknown: { .unknownSetting($0, suggestion: $1) })
    }

    private static let settingValueBranches = SettingKey.allCases.map { Choice.Branch($0.rawValue, [.value(.setting($0))]) }
    private static let settingNameBranches = SettingKey.allCases.map { Choice.Branch($0.rawValue) }

    private static let showTargets = Choice(what: "target", branches: { showTargetBranches },
                                            unknown: { .unknownShowTarget($0, suggestion: $1, usage: spec(named: "show")?.usage ?? "") })

    private static let showTargetBranches = ShowSubject.allCases.map { subject in
        switch subject {
        case .job: Choice.Branch(subject.rawValue, [.optional([.value(taskReference)])])
        case .exchange: Choice.Branch(subject.rawValue, [.value(Slot("N", .count(1...Int(Int32.max))))])
        case .curl: Choice.Branch(subject.rawValue, [.optional([.choice(curlCalls)])])
        default: Choice.Branch(subject.rawValue)
        }
    }

    /// `show curl status REF` and the other calls besides the create.
    private static let curlCalls = Choice(what: "call", branches: { curlCallBranches }, unknown: {
        .unknownShowTarget("curl " + $0, suggestion: $1.map { "curl " + $0 }, usage: spec(named: "show")?.usage ?? "")
    })

    private static let curlCallBranches = CurlCall.Name.allCases.map { name in
        switch name {
        case .status, .download: Choice.Branch(name.rawValue, [.optional([.value(taskReference)])])
        case .upload: Choice.Branch(name.rawValue, [.value(Slot("PATH", .path))])
        case .balance: Choice.Branch(name.rawValue)
        }
    }

    /// Every command, and the topics: `options`, `sandbox`, `teach`, `tutorial`.
    private static let helpTopics = Choice(what: "topic", syntax: "COMMAND|" + HelpText.extraTopics.joined(separator: "|"), branches: { helpTopicBranches },
                                           unknown: { .unknownHelpTopic($0, suggestion: $1) })

    private static let helpTopicBranches = HelpText.topics.map { Choice.Branch($0) }

    private static let comparisons = Choice(what: "comparison", branches: { comparisonBranches },
                                            unknown: { .unknownCommand($0, suggestion: $1) })

    private static let comparisonBranches = AssertStatement.Operator.allCases.map { Choice.Branch($0.rawValue) }
}

/// What `show` shows.
public enum ShowSubject: String, Sendable, CaseIterable {
    case draft, request, curl, response, exchange, options, jobs, job

    func target(_ match: GrammarMatch) -> ShowTarget? {
        switch self {
        case .draft: return .draft
        case .request: return .request
        case .curl:
            guard let call = match.words.dropFirst().first else { return .curl(nil) }
            switch CurlCall.Name(rawValue: call) {
            case .status: return .curl(.status(match.value))
            case .download: return .curl(.download(match.value))
            case .upload: return match.value.map { .curl(.upload($0)) }
            case .balance: return .curl(.balance)
            case nil: return nil
            }
        case .response: return .response
        case .exchange: return match.value.map(ShowTarget.exchange)
        case .options: return .options
        case .jobs: return .jobs
        case .job: return .job(match.value)
        }
    }
}
