import GrokCore
import GrokScript
import GrokSyntax

/// Runs one entry (or the rc file) through the language, in a task of its own so that
/// Ctrl-C can cancel it alone.
///
/// `@unchecked Sendable`: the evaluator is not, but the REPL hands it to one entry at a
/// time and awaits that entry before touching it again, so no two tasks ever share it.
struct EntryRunner: @unchecked Sendable {
    let evaluator: Evaluator
    let reporter: any Reporter

    func run(_ parsed: ParsedScript, directory: String, scriptPath: String?) async -> ExitStatus {
        await Runner.run(parsed, directory: directory, scriptPath: scriptPath, evaluator: evaluator, reporter: reporter)
    }
}
