import GrokSyntax

/// `source PATH`: a literal path is read, parsed and checked in this session's
/// state, so its variables and draft effects carry on into the caller.
extension ScriptChecker {
    mutating func checkSource(_ argument: Argument) {
        guard let path = argument.literalValue else {
            assumeUnknownSource()
            return
        }
        let resolved = FilePath.resolve(path, against: baseDirectory, home: session.context.homeDirectory)
        if let chain = session.cycle(sourcing: resolved) {
            report(.sourceCycle(chain: chain.map(display)), at: argument.range)
            assumeUnknownSource()
        } else if let bound = session.variablesBound(by: resolved) {
            // Checked once already; its diagnostics stand. Its draft effect
            // depended on that earlier state, so assume nothing now.
            variables.bind(bound)
            draft = .unknown
        } else if session.sourceDepth >= CheckSession.maximumSourceDepth {
            report(.sourceTooDeep(limit: CheckSession.maximumSourceDepth), at: argument.range)
            assumeUnknownSource()
        } else if session.blockDepth > Parser.maximumNesting {
            report(.sourceInDeepBlocks(limit: Parser.maximumNesting), at: argument.range)
            assumeUnknownSource()
        } else if let bytes = session.context.readFile(resolved) {
            checkSourced(SourceFile(name: display(resolved), bytes: bytes), at: resolved)
        } else {
            report(.unreadableFile(path: path, resolved: display(resolved), status: session.status(of: resolved)), at: argument.range)
            assumeUnknownSource()
        }
    }

    /// How a resolved path is shown in diagnostics.
    func display(_ path: String) -> String {
        FilePath.display(path, from: session.context.displayDirectory)
    }

    private mutating func checkSourced(_ file: SourceFile, at path: String) {
        let parsed = ParsedScript.parse(file)
        var checker = ScriptChecker(
            source: file,
            session: session,
            baseDirectory: FilePath.directory(of: path),
            variables: variables.forSourcedFile(),
            draft: draft
        )
        session.enter(path)
        let statements = checker.check(parsed.script.statements)
        let checked = CheckedScript(
            source: file,
            statements: statements,
            diagnostics: Checker.merge(parsed.diagnostics, checker.diagnostics)
        )
        session.leave(path, checked: checked, binding: checker.variables.bound)
        variables.bind(checker.variables.bound)
        if checker.variables.anyNameMayBeDefined { variables.assumeAnyNameDefined() }
        draft = checker.draft
    }

    /// A `source` the checker cannot follow may define any variable and change the draft.
    private mutating func assumeUnknownSource() {
        variables.assumeAnyNameDefined()
        draft = .unknown
    }
}
