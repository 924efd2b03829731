import ArgumentParser
import Foundation
import GrokCore
import GrokSandboxCLI

@main
struct GrokCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grok",
        abstract: "Make videos with JimmyAI's Grok 1.5 image-to-video API, from scripts or interactively.",
        discussion: """
            grok FILE.grok [ARG...]   run a script; ARGs become $1, $2, ...
            grok -e 'CMD; CMD'        run commands given inline
            grok < FILE.grok          run a script from standard input
            grok run FILE [ARG...]    the same as grok FILE
            grok check FILE...|-      lex, parse, check and rehearse scripts; send nothing
            grok help [COMMAND]       the language help (help options: the session options;
                                      help sandbox: the sandbox's prompt markers and faults)
            grok sandbox [--port N]   run the sandbox server in the foreground
            grok tutorial             learn the API step by step, on a sandbox of its own (a terminal only)
            grok report [TASK...]     write an HTML page (--junit: JUnit XML) of tasks and their videos
            grok SUBCOMMAND --help    a subcommand's own options

            Exit status: 0 success, 1 runtime error, 2 usage or script error (nothing sent), \
            3 authentication or configuration, 4 wait timed out, 5 task failed or canceled, 130 interrupted, 143 / 129 ended by SIGTERM / SIGHUP.

            Options go before the script: what follows it is the script's arguments.
            """,
        version: BuildInfo.version
    )

    @OptionGroup var options: GlobalOptions

    /// As ArgumentParser's, except that a usage error exits with 2 (SPEC §2), not 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand { try await command.run() } else { try command.run() }
        } catch {
            exit(usageErrorsWith: error, in: GrokCommand.self)
        }
    }

    /// Prints what ArgumentParser would for `error`, but as `error:` like every other message
    /// of grok's; a usage error ends with status 2.
    static func exit(usageErrorsWith error: any Error, in command: any ParsableCommand.Type) -> Never {
        guard command.exitCode(for: error) == .validationFailure else { command.exit(withError: error) }
        FileHandle.standardError.write(Data((lowercasingErrorPrefix(command.fullMessage(for: error)) + "\n").utf8))
        Foundation.exit(ExitStatus.usage.rawValue)
    }

    static func lowercasingErrorPrefix(_ message: String) -> String {
        message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : message
    }

    @Option(name: .customShort("e"), help: ArgumentHelp("Run these commands (repeatable).", valueName: "commands"))
    var commands: [String] = []

    @Argument(help: ArgumentHelp("The script to run, then its arguments (or check, run, help, sandbox, tutorial, report).", valueName: "file"),
              completion: .custom(ModeCompletion.candidates))
    var script: String?

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Arguments for the script ($1, $2, ...).", valueName: "arg"))
    var arguments: [String] = []

    /// `check`, `run`, `report`, `sandbox` and `tutorial` are read here rather than as ArgumentParser subcommands,
    /// because the script's own positional arguments would otherwise take their place.
    /// (A script file named like one of them is run as `./check`.)
    func run() async throws {
        if commands.isEmpty, let script, let mode = Mode(rawValue: script) {
            return try await run(mode)
        }
        let input: ProgramInput
        if !commands.isEmpty {
            input = .inline(commands, arguments: [script].compactMap { $0 } + arguments)
        } else if let script {
            input = .file(script, arguments: arguments)
        } else {
            input = .standardInput
        }
        let status = await Program(options: options).run(input)
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

extension GrokCommand {
    enum Mode: String, CaseIterable { case check, run, help, sandbox, tutorial, report }

    /// grok's options written before the mode word (`--json` in `grok --json check a.grok`),
    /// so that the mode's own parser sees them with those written after it.
    private var optionsBeforeMode: [String] {
        let words = Array(CommandLine.arguments.dropFirst())
        let modeIndex = words.count - arguments.count - 1
        guard modeIndex >= 0, modeIndex < words.count, words[modeIndex] == script else { return [] }
        return Array(words[..<modeIndex])
    }

    private func parse<Command: ParsableCommand>(_ type: Command.Type) -> Command {
        do { return try Command.parse(optionsBeforeMode + arguments) } catch { Self.exit(usageErrorsWith: error, in: Command.self) }
    }

    private func run(_ mode: Mode) async throws {
        let status: ExitStatus
        switch mode {
        case .check:
            let check = parse(CheckCommand.self)
            status = await Program(options: check.options).check(check.files, arguments: check.arguments)
        case .run:
            let run = parse(RunCommand.self)
            status = await Program(options: run.options).run(.file(run.file, arguments: run.arguments))
        case .help:
            let help = parse(LanguageHelpCommand.self)
            status = Program(options: help.options).help(help.topic)
        case .tutorial:
            status = await Program(options: parse(TutorialCommand.self).options).runTutorial()
        case .report:
            let report = parse(ReportCommand.self)
            status = await Program(options: report.options).report(report.files, selection: report.selection)
        case .sandbox:
            let sandbox: SandboxOptions
            do { sandbox = try SandboxOptions.parse(arguments) } catch { Self.exit(usageErrorsWith: error, in: SandboxCommand.self) }
            try await sandbox.run()
            return
        }
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
