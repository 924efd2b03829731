import GrokSyntax

/// The static checker (SPEC §3.5): validates a parsed script in full before
/// its first command runs, binds each command's keywords, and follows literal
/// `source`s. Pure apart from the file lookups `CheckContext` injects.
public enum Checker {
    public static func check(_ parsed: ParsedScript, context: CheckContext) -> CheckedScript {
        let session = CheckSession(context: context)
        var checker = ScriptChecker(
            source: parsed.source,
            session: session,
            baseDirectory: context.baseDirectory,
            variables: VariableScope(defined: context.definedVariables),
            draft: DraftFlow(context)
        )
        let statements = checker.check(parsed.script.statements)
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
