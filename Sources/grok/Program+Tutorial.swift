import Foundation
import GrokCore
import GrokSandbox
import GrokScript

/// `grok tutorial`: the REPL on its own sandbox, following the lessons of `Tutorial`. It
/// never talks to the paid API: the sandbox is forced, and nothing that names another
/// server or a key is read (no `JIMMYAI_*` variable, key file, base URL, rc file or state
/// directory of the user's).
extension Program {
    func runTutorial() async -> ExitStatus {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            fail("grok tutorial needs a terminal: it waits for what you type and shows what it did",
                 hint: "run it in a terminal window, with nothing piped in or out; for a script, grok --sandbox FILE.grok",
                 reporter: makeReporter(redactor: .none))
            return .usage
        }
        var options = self.options
        options.sandbox = true
        (options.noRc, options.dryRun, options.step) = (true, false, false)
        (options.apiKeyFile, options.baseURL, options.stateDir) = (nil, nil, nil)
        let environment = self.environment.filter { !$0.key.hasPrefix("JIMMYAI_") && $0.key != StateDirectory.environmentVariable }
        return await Program(options: options, environment: environment, tutorial: true).run(.standardInput)
    }

    /// The lessons, for a tutorial run; they read the sandbox's log for the rate-limit step.
    func makeTutorial(sandbox: Sandbox?) -> Tutorial? {
        guard tutorial, let sandbox else { return nil }
        return Tutorial(directory: FileManager.default.currentDirectoryPath) {
            await sandbox.requestLog().filter { $0.endpoint == .create && $0.status == 429 }.count
        }
    }
}
