import ArgumentParser
import GrokScript

/// `grok check`: parsed from the words after `check`, with grok's options allowed on either
/// side (`grok --json check a.grok` and `grok check --json a.grok` are the same).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grok check",
        abstract: "Lex, parse, check and rehearse scripts; print each one's plan; send nothing.",
        discussion: """
            A FILE of - reads the script from standard input. The words after the scripts are their arguments, and --var \
            and --max-tasks count, exactly as in a run: grok check --var dur=15 batch.grok, grok check greet.grok Ada. \
            With several scripts each plan names its file. Exit status 0 when every script is clean, 2 otherwise.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The script to check (- for standard input).", valueName: "file"),
              completion: .file(extensions: ["grok"]))
    var file: String?

    @Argument(parsing: .captureForPassthrough,
              help: ArgumentHelp("More scripts (ending in .grok, or -), then the scripts' arguments ($1, $2, ...), as a run takes them.",
                                 valueName: "file-or-arg"))
    var words: [String] = []

    /// The first word, and the words after it that name scripts.
    var files: [String] {
        (file.map { [$0] } ?? []) + words.prefix(while: Self.namesAScript)
    }

    /// What follows the scripts: their arguments, as `grok FILE ARG…` would give them.
    var arguments: [String] {
        Array(words.drop(while: Self.namesAScript))
    }

    private static func namesAScript(_ word: String) -> Bool {
        word.hasSuffix(".grok") || word == "-"
    }

    func validate() throws {
        guard file != nil else { throw ValidationError("grok check needs at least one FILE (or - for standard input)") }
    }
}

/// `grok run FILE [ARG...]`: the same as `grok FILE [ARG...]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grok run",
        abstract: "Run a script (the same as grok FILE); its arguments become $1, $2, ...",
        discussion: "Options go before the script: what follows it is the script's arguments."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The script to run.", valueName: "file"), completion: .file(extensions: ["grok"]))
    var file: String

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Arguments for the script ($1, $2, ...).", valueName: "arg"))
    var arguments: [String] = []
}

/// `grok help [COMMAND|options]`: the language help, as `help` prints it in the REPL.
struct LanguageHelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grok help",
        abstract: "Print the language help: every command, one command in detail, or the session options.",
        discussion: "grok --help describes grok's own options; grok help describes the commands of a script."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("A command of the language, or options.", valueName: "topic"),
              completion: .list(HelpText.topics))
    var topic: String?
}

/// `grok tutorial`: the API step by step, in a REPL on a sandbox of its own.
struct TutorialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grok tutorial",
        abstract: "Learn the API step by step: a guided session on a sandbox of its own (no key, no cost; a terminal only).",
        discussion: """
            About nine steps: compose a draft, see the request, submit, watch the status, wait, download, a moderation \
            failure, a rate limit. You type each command; the tutorial checks what happened before it goes on. It never \
            reads JIMMYAI_API_KEY, JIMMYAI_BASE_URL or a key file, and never talks to the paid API. \
            --sandbox-task-time sets how long its tasks take (default 4s).
            """
    )

    @OptionGroup var options: GlobalOptions
}
