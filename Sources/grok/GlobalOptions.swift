import ArgumentParser
import GrokScript
import GrokCore

/// The options every mode takes (SPEC §2).
struct GlobalOptions: ParsableArguments {
    @Flag(help: "Start the built-in sandbox on a loopback port and use it: no key, no network, no cost.")
    var sandbox = false

    @Option(help: ArgumentHelp("How long a sandbox task takes from submit to video.", valueName: "duration"))
    var sandboxTaskTime: String = "4s"

    @Option(help: ArgumentHelp("The API's base URL (default $JIMMYAI_BASE_URL, else \(ClientConfiguration.defaultBaseURL)).", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Never send anything: print what would be sent.")
    var dryRun = false

    @Flag(help: "Print JSON Lines events on stdout, errors as JSON on stderr.")
    var json = false

    @Flag(help: "Print only results and errors.")
    var quiet = false

    @Flag(help: "No colour (NO_COLOR is honoured too).")
    var noColor = false

    @Option(name: .customLong("var"), help: ArgumentHelp("Define $NAME for the script (repeatable).", valueName: "name=value"))
    var variables: [String] = []

    @Flag(help: "Go on after a failed command; exit with the first failure's status.")
    var keepGoing = false

    @Option(help: ArgumentHelp("Where the journal and history live (default $GROK_STATE_DIR, else $XDG_STATE_HOME/grok).", valueName: "dir"), completion: .directory)
    var stateDir: String?

    @Option(help: ArgumentHelp("Read the API key from this file (mode 0600 or 0400).", valueName: "path"), completion: .file())
    var apiKeyFile: String?

    @Flag(help: "Show every HTTP exchange, with the key as Bearer ***.")
    var trace = false

    @Flag(help: "Before each HTTP request (each poll and retry too), show it and wait for Enter; s: no more pauses, q: stop. Needs a terminal.")
    var step = false

    @Option(help: ArgumentHelp("Write every HTTP exchange to this HAR 1.2 file (key hidden), whole after each one.", valueName: "file"),
            completion: .file(extensions: ["har"]))
    var har: String?

    @Option(help: ArgumentHelp("Write a Markdown handout of the run: each statement, what it printed, each exchange as curl and its answer.",
                               valueName: "file.md"), completion: .file(extensions: ["md"]))
    var record: String?

    @Flag(help: "Allow sending the key over plain http to a host other than loopback.")
    var allowInsecureHttp = false

    @Option(help: ArgumentHelp("Refuse, before anything is sent, a run whose plan creates more tasks (default: \(SessionOptions.scriptTaskCap) for a script, \(SessionOptions.replTaskCap) per REPL entry; none with --dry-run).", valueName: "n"))
    var maxTasks: Int?

    @Flag(help: "Do not run the rc script at REPL start.")
    var noRc = false

    @Option(help: ArgumentHelp("After the run, write an HTML page of the tasks it created or touched, even when it fails.", valueName: "file"),
            completion: .file(extensions: ["html"]))
    var reportHtml: String?

    @Option(help: ArgumentHelp("After the run, write JUnit XML of the tasks it created or touched, even when it fails.", valueName: "file"),
            completion: .file(extensions: ["xml"]))
    var reportJunit: String?

    func validate() throws {
        if let maxTasks, maxTasks < 0 {
            throw ValidationError("--max-tasks needs a number of tasks, 0 or more, not \(maxTasks)")
        }
        guard DurationText.parse(sandboxTaskTime) != nil else {
            throw ValidationError("--sandbox-task-time needs a duration such as 500ms or 2s, not '\(sandboxTaskTime)'")
        }
    }
}

extension GlobalOptions {
    /// True when `word` spells one of these options (`--dry-run`, `--var`, `--json=…`).
    static func isOption(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word.count > 1 else { return false }
        return (try? parse([word])) != nil || (try? parse([word, "1"])) != nil
    }
}
