import Foundation
import GrokCore
import GrokREPL
import GrokScript

/// The hook that starts the REPL: `grok` with no script on a terminal.
extension Program {
    func isInteractive(_ input: ProgramInput) -> Bool {
        guard case .standardInput = input else { return false }
        return isatty(STDIN_FILENO) == 1
    }

    func runREPL(evaluator: Evaluator, reporter: any Reporter, journal: Journal, key: APIKey?, sandbox: URL?,
                 tutorial: Tutorial?) async -> ExitStatus {
        if !options.json, !options.quiet {
            reporter.emit(.echo(Self.greeting(baseURL: evaluator.session.options.baseURL, sandbox: sandbox != nil)))
        }
        // The history stays in the real state directory even with --sandbox, whose journal is temporary.
        let stateDirectory = StateDirectory.resolve(explicit: options.stateDir, environment: environment)
        let configuration = REPLConfiguration(
            directory: FileManager.default.currentDirectoryPath,
            // The tutorial's entries are lessons, not the user's history.
            historyFile: tutorial == nil ? HistoryFile(stateDirectory: stateDirectory) : nil,
            rcPath: options.noRc ? nil : REPLConfiguration.rcPath(environment: environment),
            color: Terminal.detect(noColor: options.noColor, environment: environment).colorOnStdout,
            redactor: key?.redactor ?? .none,
            sandbox: sandbox,
            tutorial: tutorial)
        return await REPL(evaluator: evaluator, reporter: reporter, journal: journal, configuration: configuration,
                          environment: environment).run()
    }

    /// The first line of a REPL, as psql and sqlite3 greet: where it sends, whether that is
    /// billed, and where to start. (Under `--sandbox` the REPL's next line says it is free.)
    static func greeting(baseURL: URL, sandbox: Bool) -> String {
        let start = "grok \(GrokVersion.current)"
        if sandbox { return start + ". help lists commands." }
        let origin = ServerOrigin(baseURL: baseURL)
        let paid = URL(string: ClientConfiguration.defaultBaseURL).map { ServerOrigin(baseURL: $0) } == origin
        return start + " → " + origin.host + (paid ? ", the paid API (billed)" : "") + ". help lists commands; --sandbox is free."
    }
}
