import ArgumentParser
import GrokCore
import GrokReport

/// `grok report`: an HTML page, and JUnit XML, of tasks from the journal.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grok report",
        abstract: "Write an HTML page of tasks from the journal, with their videos; and JUnit XML for CI.",
        discussion: """
            With no TASK: the current server's tasks of the last 24 hours (--since to change it). A TASK is a name or \
            a task id, last (the latest create), or all (every task of every server the journal holds). The page \
            links downloaded videos by a path relative to itself: keep them together when moving it. With neither --html \
            nor --junit the page is written to \(ReportFiles.defaultHTML).
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("Write the HTML page here (default \(ReportFiles.defaultHTML) when --junit is not given).", valueName: "file"),
            completion: .file(extensions: ["html"]))
    var html: String?

    @Option(help: ArgumentHelp("Write JUnit XML here: one test case per task, one suite per script.", valueName: "file"),
            completion: .file(extensions: ["xml"]))
    var junit: String?

    @Option(help: ArgumentHelp("Only tasks submitted this recently (10m, 2h, 48h; default 24h when no TASK is named).", valueName: "duration"))
    var since: String?

    @Argument(help: ArgumentHelp("The tasks: NAME, ID, last or all (default: this server's tasks of the last 24 hours).", valueName: "task"))
    var tasks: [String] = []

    var files: ReportFiles {
        ReportFiles(html: html ?? (junit == nil ? ReportFiles.defaultHTML : nil), junit: junit)
    }

    var selection: ReportSelection {
        ReportSelection(words: tasks, since: since.flatMap(DurationText.parse))
    }

    func validate() throws {
        if let since, DurationText.parse(since) == nil {
            throw ValidationError("--since needs a duration such as 30m or 48h, not '\(since)'")
        }
    }
}
