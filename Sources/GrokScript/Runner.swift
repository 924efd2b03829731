import Foundation
import GrokCore
import GrokSyntax

/// The language end to end: text in, exit status out. Every file is lexed, parsed and
/// checked in full before its first command runs (a typo on line 40 never costs the
/// paid task on line 3).
public enum Runner {
    /// Runs one script in the evaluator's session, once it has been checked and rehearsed.
    public static func run(_ source: SourceFile, directory: String, scriptPath: String? = nil, evaluator: Evaluator, reporter: any Reporter) async -> ExitStatus {
        await run(ParsedScript.parse(source), directory: directory, scriptPath: scriptPath, evaluator: evaluator, reporter: reporter)
    }

    /// Runs a script already parsed (a REPL entry, parsed once to know it was complete).
    public static func run(_ parsed: ParsedScript, directory: String, scriptPath: String? = nil, evaluator: Evaluator, reporter: any Reporter) async -> ExitStatus {
        evaluator.entryFailed = false
        let context = evaluator.checkContext(directory: directory, scriptPath: scriptPath)
        let (checked, rehearsal) = await checkAndRehearse(parsed, context: context, directory: directory,
                                                          from: evaluator.rehearsalStart, reporter: reporter)
        guard let rehearsal, report(rehearsal, to: reporter) else {
            // `help wiat` finds nothing: the entry does not run, but the session has not
            // failed, so a REPL's `quit` still leaves with 0.
            if rehearsal == nil, onlyMissesHelp(checked) {
                evaluator.entryFailed = true
                return .usage
            }
            return evaluator.remember(.usage)
        }
        let status = await evaluator.run(checked, directory: directory)
        evaluator.effects.finished(rehearsal.plan)
        return status
    }

    /// `grok check`: lex, parse, check and rehearse, as a run of `start`'s session would,
    /// then print the plan (naming `file` when given). Sends nothing.
    public static func check(_ source: SourceFile, context: CheckContext, from start: Rehearsal.Start, file: String? = nil,
                             reporter: any Reporter) async -> Bool {
        guard let rehearsal = await checkAndRehearse(ParsedScript.parse(source), context: context, directory: context.baseDirectory,
                                                      from: start, reporter: reporter).rehearsal,
              report(rehearsal, to: reporter) else { return false }
        reporter.emit(.plan(rehearsal.plan, file: file))
        return true
    }

    /// Lex and parse, then check and rehearse side by side: the rehearsal runs each batch of
    /// statements the checker has passed while the checker goes on with the next, so the two
    /// share the machine's cores. The check's diagnostics are reported; the rehearsal is `nil` when it
    /// found an error (cancelled, it is never looked at).
    private static func checkAndRehearse(_ parsed: ParsedScript, context: CheckContext, directory: String,
                                         from start: Rehearsal.Start, reporter: any Reporter) async -> (CheckedScript, rehearsal: Rehearsal?) {
        let (batches, feed) = AsyncStream.makeStream(of: CheckedBatch.self)
        async let rehearsal = Rehearsal.run(batches, source: parsed.source, directory: directory, from: start)
        let checked = check(parsed, context: context, reporter: reporter) { feed.yield($0) }
        feed.finish()
        guard !checked.hasErrors else { return (checked, nil) }
        return (checked, await rehearsal)
    }

    /// Every error is a `help` topic that is none.
    private static func onlyMissesHelp(_ checked: CheckedScript) -> Bool {
        let missed = CheckerError.unknownHelpTopic("", suggestion: nil).wording.id
        let errors = allDiagnostics(of: checked).map(\.0).filter { $0.severity == .error }
        return !errors.isEmpty && errors.allSatisfy { $0.id == missed }
    }

    /// True when the rehearsal found nothing wrong.
    private static func report(_ rehearsal: Rehearsal, to reporter: any Reporter) -> Bool {
        DiagnosticCap(rehearsal.diagnostics).report(to: reporter)
        return !rehearsal.failed
    }

    /// Lex, parse and check; report every diagnostic of the file and the files it sources.
    /// `passing` gets each batch of statements that passed, as `Checker.check` says.
    @discardableResult
    public static func check(_ source: SourceFile, context: CheckContext, reporter: any Reporter,
                             passing: (CheckedBatch) -> Void = { _ in }) -> CheckedScript {
        check(ParsedScript.parse(source), context: context, reporter: reporter, passing: passing)
    }

    private static func check(_ parsed: ParsedScript, context: CheckContext, reporter: any Reporter,
                              passing: (CheckedBatch) -> Void) -> CheckedScript {
        let checked = Checker.check(parsed, context: context, passing: passing)
        report(checked, to: reporter)
        return checked
    }

    private static func report(_ checked: CheckedScript, to reporter: any Reporter) {
        DiagnosticCap(allDiagnostics(of: checked)).report(to: reporter)
    }

    /// The file's diagnostics, then those of each file it sources (by path), depth first.
    static func allDiagnostics(of checked: CheckedScript) -> [(Diagnostic, SourceFile)] {
        var all = checked.diagnostics.map { ($0, checked.source) }
        for path in checked.sourcedFiles.keys.sorted() {
            if let sourced = checked.sourcedFiles[path] { all += allDiagnostics(of: sourced) }
        }
        return all
    }
}
