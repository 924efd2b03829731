import Foundation
import GrokCore
import GrokSyntax

/// The language end to end: text in, exit status out. Every file is lexed, parsed and
/// checked in full before its first command runs (a typo on line 40 never costs the
/// paid task on line 3).
public enum Runner {
    /// Runs one script in the evaluator's session.
    public static func run(_ source: SourceFile, directory: String, scriptPath: String? = nil, evaluator: Evaluator, reporter: any Reporter) async -> ExitStatus {
        let checked = check(source, context: evaluator.checkContext(directory: directory, scriptPath: scriptPath), reporter: reporter)
        guard !checked.hasErrors else { return .usage }
        return await evaluator.run(checked, directory: directory)
    }

    /// Lex, parse and check; report every diagnostic of the file and the files it sources.
    @discardableResult
    public static func check(_ source: SourceFile, context: CheckContext, reporter: any Reporter) -> CheckedScript {
        let checked = Checker.check(ParsedScript.parse(source), context: context)
        report(checked, to: reporter)
        return checked
    }

    private static func report(_ checked: CheckedScript, to reporter: any Reporter) {
        for diagnostic in checked.diagnostics { reporter.report(diagnostic, in: checked.source) }
        for path in checked.sourcedFiles.keys.sorted() {
            if let sourced = checked.sourcedFiles[path] { report(sourced, to: reporter) }
        }
    }
}
