import GrokSyntax

/// The static checker (SPEC §3.5): validates a parsed script in full before
/// its first command runs, binds each command's keywords, and follows literal
/// `source`s. Pure apart from the file lookups `CheckContext` injects.
public enum Checker {
    /// - Parameter passing: called with each batch of top-level statements as it passes,
    ///   while the file has no error yet, so a rehearsal can run them meanwhile.
    public static func check(_ parsed: ParsedScript, context: CheckContext,
                             passing: (CheckedBatch) -> Void = { _ in }) -> CheckedScript {
        let session = CheckSession(context: context)
        var checker = ScriptChecker(
            source: parsed.source,
            session: session,
            baseDirectory: context.baseDirectory,
            variables: VariableScope(defined: context.definedVariables),
            draft: DraftFlow(context)
        )
        let all = parsed.script.statements
        var statements: [CheckedStatement] = []
        statements.reserveCapacity(all.count)
        var hasErrors = parsed.diagnostics.contains { $0.severity == .error }
        for start in stride(from: 0, to: all.count, by: CheckedBatch.size) {
            let batch = checker.check(all[start..<min(start + CheckedBatch.size, all.count)])
            statements += batch
            hasErrors = hasErrors || checker.hasErrors || session.sourcedFiles.values.contains { $0.hasErrors }
            if !hasErrors { passing(CheckedBatch(statements: batch, sourced: session.sourcedFiles)) }
        }
        return CheckedScript(
            source: parsed.source,
            statements: statements,
            diagnostics: merge(parsed.diagnostics, checker.diagnostics),
            sourcedFiles: session.sourcedFiles
        )
    }

    /// One file's front-end and checker diagnostics, in source order.
    static func merge(_ front: [Diagnostic], _ checked: [Diagnostic]) -> [Diagnostic] {
        if checked.isEmpty { return front }
        if front.isEmpty { return checked }
        return (front + checked).sortedByPosition()
    }
}
