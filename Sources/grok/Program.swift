import Foundation
import GrokCore
import GrokSandbox
import GrokScript
import GrokSyntax

enum ProgramInput {
    case file(String, arguments: [String])
    case inline([String], arguments: [String])
    case standardInput
}

/// Wires the command line to the language: reporters, key, sandbox, journal, session.
struct Program {
    let options: GlobalOptions
    var environment = ProcessInfo.processInfo.environment
    /// `grok tutorial`: the REPL follows the lessons (`runTutorial`).
    var tutorial = false

    func run(_ input: ProgramInput) async -> ExitStatus {
        let reporter = makeReporter(redactor: .none)
        guard let (source, directory, arguments) = read(input, reporter: reporter) else { return .usage }
        guard let variables = parseVariables(reporter: reporter) else { return .usage }
        guard checkArgumentsAreNotOptions(input, source: source, reporter: reporter) else { return .usage }
        let terminalInput = isatty(STDIN_FILENO) == 1
        if options.step, !terminalInput {
            fail("--step needs a terminal: standard input is not one", hint: "step mode waits for Enter before each request; "
                 + "run grok from a terminal with the script named as a file (grok --step FILE.grok), not piped in", reporter: reporter)
            return .usage
        }

        // A key that cannot be loaded is reported by the first command that needs it, with
        // its position, like a missing key; a script that sends nothing runs anyway.
        var key: APIKey?
        var keyError: GrokError?
        do { key = options.sandbox ? APIKey("sandbox-needs-no-key") : try KeySource.load(keyFile: options.apiKeyFile, environment: environment) } catch {
            keyError = error
        }
        let redacted = makeReporter(redactor: key?.redactor ?? .none)
        if let key, !options.sandbox, !key.looksReal {
            redacted.emit(.warning("the API key is shorter than \(Redactor.minimumInWordLength) characters, too short to be a real one "
                + "(the sandbox accepts any); it is hidden in output only where it stands as a word of its own"))
        }

        var sandbox: Sandbox?
        if options.sandbox {
            // One server across runs in the journal (`sandbox`), so its ids must not repeat.
            let configuration = SandboxConfiguration(taskDuration: sandboxTaskTime, taskIDPrefix: SandboxConfiguration.runTaskIDPrefix())
            do { sandbox = try await Sandbox.start(configuration) } catch {
                fail("could not start the sandbox: \(error)", hint: nil, reporter: redacted)
                return .runtimeError
            }
        }
        // With --sandbox, tasks live only as long as the run: the journal goes to a fresh
        // temporary directory unless one is named explicitly. Named, it keeps the sandbox's
        // tasks of every run under one origin, `sandbox`, with ids unique to each run.
        let temporaryState = options.sandbox && options.stateDir == nil && environment[StateDirectory.environmentVariable] == nil
        let stateDirectory = temporaryState
            ? FileManager.default.temporaryDirectory.appendingPathComponent("grok-sandbox-\(getpid())-\(UUID().uuidString.prefix(8))")
            : StateDirectory.resolve(explicit: options.stateDir, environment: environment)
        let journal: Journal
        do { journal = try Journal(directory: stateDirectory, redactor: key?.redactor ?? .none) } catch {
            fail(error.description, hint: error.hint, reporter: redacted)
            await sandbox?.stop()
            return error.exitStatus
        }

        let baseURL: URL
        if let sandbox {
            baseURL = sandbox.baseURL
        } else {
            do { baseURL = try resolveBaseURL() } catch {
                fail(error.description, hint: error.hint, reporter: redacted)
                return .usage
            }
        }
        var sessionOptions = SessionOptions(baseURL: baseURL)
        // A demo on the sandbox waits no longer than its tasks take: the first poll comes at a
        // quarter of the task time (at most the usual 5 s), and progress timing does the rest.
        if options.sandbox { sessionOptions.pollInterval = min(sessionOptions.pollInterval, max(.milliseconds(250), sandboxTaskTime / 4)) }
        sessionOptions.trace = options.trace
        sessionOptions.step = options.step
        sessionOptions.canPause = terminalInput
        sessionOptions.har = options.har
        sessionOptions.paid = !options.sandbox
        sessionOptions.ownSandbox = sandbox?.baseURL
        sessionOptions.format = options.json ? .json : .text
        // A dry run prints the whole plan, however large; a run that spends is capped.
        sessionOptions.maxTasks = options.maxTasks ?? (isInteractive(input) ? SessionOptions.replTaskCap : options.dryRun ? nil : sessionOptions.maxTasks)
        redacted.apply(sessionOptions)

        let services = options.dryRun ? nil
            : LiveServiceProvider(key: key, keyError: keyError, allowInsecureHTTP: options.allowInsecureHttp, journal: journal,
                                  sandbox: sandbox?.baseURL,
                                  report: { redacted.emit($0) }, stepMode: terminalInput ? StepMode(reporter: redacted) : nil)
        let handout = Handout(redactor: key?.redactor ?? .none)
        if let services, !(await followWire(services, handout: handout, baseURL: baseURL, reporter: redacted)) {
            await services.shutdown()
            await sandbox?.stop()
            return .runtimeError
        }
        let recorded = HandoutReporter(base: redacted, handout: handout)
        let session = Session(options: sessionOptions, variables: variables, arguments: arguments)
        let (environment, keepGoing, scriptPath) = (environment, options.keepGoing, scriptPath(of: input))
        let makeEvaluator: @Sendable () -> Evaluator = {
            services.map { Evaluator(session: session, reporter: recorded, services: $0, environment: environment, keepGoing: keepGoing,
                                     handout: handout) }
                ?? .dryRun(session: session, reporter: redacted, environment: environment, keepGoing: keepGoing)
        }
        let status: ExitStatus
        if isInteractive(input) {
            status = await runREPL(evaluator: makeEvaluator(), reporter: recorded, journal: journal, key: key, sandbox: sandbox?.baseURL,
                                   tutorial: makeTutorial(sandbox: sandbox))
        } else {
            status = await InterruptSignal.run {
                await Runner.run(source, directory: directory, scriptPath: scriptPath, evaluator: makeEvaluator(), reporter: recorded)
            }
        }
        handout.stop()
        let reported = await writeRunReport(journal: journal, after: status, redactor: key?.redactor ?? .none, reporter: redacted)
        await services?.shutdown()
        await sandbox?.stop()
        if temporaryState { try? FileManager.default.removeItem(at: stateDirectory) }
        return reported
    }

    // MARK: - Wiring

    func makeReporter(redactor: Redactor) -> ReporterSet {
        let terminal = Terminal.detect(noColor: options.noColor, environment: environment)
        let out = RedactingStream(StandardStream.output, redactor: redactor)
        let err = RedactingStream(StandardStream.error, redactor: redactor)
        return ReporterSet(text: TextReporter(out: out, err: err, terminal: terminal, quiet: options.quiet),
                           json: JSONReporter(out: out, err: err), format: options.json ? .json : .text)
    }

    func read(_ input: ProgramInput, reporter: any Reporter) -> (SourceFile, directory: String, arguments: [String])? {
        let cwd = FileManager.default.currentDirectoryPath
        switch input {
        case .file(let path, let arguments):
            guard let bytes = FileManager.default.contents(atPath: path) else {
                let hint = FileManager.default.fileExists(atPath: path) ? "check its permissions"
                    : ScriptWordHint.hint(for: path, arguments: arguments) ?? "no such file"
                fail("cannot read the script '\(path)'", hint: hint, reporter: reporter)
                return nil
            }
            return (SourceFile(name: path, bytes: Array(bytes)), URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: cwd)).deletingLastPathComponent().path,
                    Self.scriptArguments(arguments))
        case .inline(let commands, let arguments):
            return (SourceFile(name: "-e", text: commands.joined(separator: "\n")), cwd, arguments)
        case .standardInput:
            guard !isInteractive(input) else { return (SourceFile(name: "<stdin>", bytes: []), cwd, []) }
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return (SourceFile(name: "<stdin>", bytes: Array(data)), cwd, [])
        }
    }

    /// `grok a.grok --dry-run` meant the option, not `$1`: refused unless the script reads its
    /// arguments or `--` separates them (SPEC §3.6).
    func checkArgumentsAreNotOptions(_ input: ProgramInput, source: SourceFile, reporter: any Reporter) -> Bool {
        guard case .file(let path, let arguments) = input,
              let misplaced = arguments.prefix(while: { $0 != "--" }).first(where: GlobalOptions.isOption),
              !ParsedScript.parse(source).script.readsScriptArguments else { return true }
        fail("'\(misplaced)' comes after the script, so it would be the script's argument, not an option of grok's",
             hint: "put grok's options before the script: grok \(misplaced) \(path) …; or write -- before arguments meant for the script",
             reporter: reporter)
        return false
    }

    /// `grok a.grok -- --x`: the `--` only says that what follows is the script's.
    static func scriptArguments(_ words: [String]) -> [String] {
        var arguments = words
        if let separator = arguments.firstIndex(of: "--") { arguments.remove(at: separator) }
        return arguments
    }

    func scriptPath(of input: ProgramInput) -> String? {
        if case .file(let path, _) = input { return path }
        return nil
    }

    func parseVariables(reporter: any Reporter) -> [String: String]? {
        var variables: [String: String] = [:]
        for definition in options.variables {
            guard let equals = definition.firstIndex(of: "="), equals != definition.startIndex else {
                fail("--var needs NAME=VALUE, not '\(definition)'", hint: nil, reporter: reporter)
                return nil
            }
            variables[String(definition[..<equals])] = String(definition[definition.index(after: equals)...])
        }
        return variables
    }

    func resolveBaseURL() throws(GrokError) -> URL {
        let text = options.baseURL ?? environment[ClientConfiguration.baseURLEnvironmentVariable] ?? ClientConfiguration.defaultBaseURL
        return try ClientConfiguration.parseBaseURL(text)
    }

    private var sandboxTaskTime: Duration {
        DurationText.parse(options.sandboxTaskTime) ?? .seconds(4)
    }

    /// An error with no position in a script: a bad option, an unreadable file.
    func fail(_ message: String, hint: String?, reporter: any Reporter) {
        reporter.emit(.failure(message: message, hint: hint))
    }
}
