import DidYouMean
import Foundation
import GrokCore
import GrokScript

extension Program {
    /// `grok check`: each file read, checked and rehearsed exactly as a run of it would be
    /// (`--var`, its arguments, `--`, `--max-tasks`), its plan printed, naming the file when
    /// there are several.
    func check(_ files: [String], arguments: [String]) async -> ExitStatus {
        let reporter = makeReporter(redactor: .none)
        guard let variables = parseVariables(reporter: reporter) else { return .usage }
        // The rehearsal sends nothing: the base URL only has to be a URL.
        var sessionOptions = SessionOptions(baseURL: (try? resolveBaseURL()) ?? URL(fileURLWithPath: "/"))
        sessionOptions.maxTasks = options.maxTasks
        sessionOptions.paid = !options.sandbox
        sessionOptions.canPause = isatty(STDIN_FILENO) == 1
        let journal = existingJournal()
        var status = ExitStatus.success
        for path in files {
            let input: ProgramInput = path == "-" ? .standardInput : .file(path, arguments: arguments)
            guard let (source, directory, scriptArguments) = read(input, reporter: reporter),
                  checkArgumentsAreNotOptions(input, source: source, reporter: reporter) else {
                status = .usage
                continue
            }
            let session = Session(options: sessionOptions, variables: variables,
                                  arguments: path == "-" ? Self.scriptArguments(arguments) : scriptArguments)
            let context = session.checkContext(directory: directory, scriptPath: scriptPath(of: input), environment: environment)
            let start = Rehearsal.Start(session: session, environment: environment, keepGoing: false, journal: journal)
            if await !Runner.check(source, context: context, from: start, file: files.count > 1 ? source.name : nil, reporter: reporter) {
                status = .usage
            }
        }
        return status
    }

    /// The journal a run with these options would read, as `check` reads it: none when there
    /// is none yet, or under `--sandbox` with a state directory of its own for the run.
    private func existingJournal() -> @Sendable (SessionOptions) -> JournalView? {
        let directory = StateDirectory.resolve(explicit: options.stateDir, environment: environment)
        let ownState = options.sandbox && options.stateDir == nil && environment[StateDirectory.environmentVariable] == nil
        guard !ownState, FileManager.default.fileExists(atPath: directory.appendingPathComponent("journal.jsonl").path),
              let journal = try? Journal(directory: directory) else { return { _ in nil } }
        let sandbox = options.sandbox
        return { options in JournalView(journal: journal, origin: sandbox ? .sandbox : ServerOrigin(baseURL: options.baseURL)) }
    }

    /// `grok help [TOPIC]`: the language help, as `help` prints it in the REPL.
    func help(_ topic: String?) -> ExitStatus {
        let reporter = makeReporter(redactor: .none)
        guard let text = HelpText.text(for: topic) else {
            let suggestion = topic.flatMap { Suggestion.closest(to: $0, among: HelpText.topics) }
            fail("no help for '\(topic ?? "")'", hint: suggestion.map { "did you mean '\($0)'?" } ?? "grok help lists the commands", reporter: reporter)
            return .usage
        }
        reporter.emit(.help(text))
        return .success
    }
}
