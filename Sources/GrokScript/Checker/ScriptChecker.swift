import GrokSyntax

/// Checks the statements of one file in text order, tracking the variables
/// and the draft as they flow; `source` starts a nested `ScriptChecker`.
struct ScriptChecker {
    let source: SourceFile
    let session: CheckSession
    /// Where this file's relative paths resolve.
    let baseDirectory: String
    var variables: VariableScope
    var draft: DraftFlow
    private var collector = DiagnosticCollector<CheckerError>(tooMany: CheckerError.tooManyErrors)
    private var errorCount = 0

    init(source: SourceFile, session: CheckSession, baseDirectory: String, variables: VariableScope, draft: DraftFlow) {
        self.source = source
        self.session = session
        self.baseDirectory = baseDirectory
        self.variables = variables
        self.draft = draft
    }

    var diagnostics: [Diagnostic] { collector.diagnostics }

    mutating func report(_ error: CheckerError, at range: SourceRange) {
        guard !collector.isFull else {
            // Nothing is recorded any more and the script cannot run: skip the wording.
            errorCount += 1
            return
        }
        if error.wording.severity == .error { errorCount += 1 }
        collector.append(error, at: range)
    }

    /// A did-you-mean is an edit-distance search: skipped once diagnostics are
    /// no longer recorded, so a file full of errors is still checked in linear time.
    func suggestion(_ compute: () -> String?) -> String? {
        collector.isFull ? nil : compute()
    }

    /// True once an error (not a warning) has been found in this file.
    var hasErrors: Bool { errorCount > 0 }

    /// The statements that passed; one with an error (in its body too) is dropped.
    mutating func check(_ statements: some Collection<Statement>) -> [CheckedStatement] {
        var checked: [CheckedStatement] = []
        checked.reserveCapacity(statements.count)
        for statement in statements {
            let errorsBefore = errorCount
            let result = check(statement)
            if let result, errorCount == errorsBefore {
                checked.append(result)
            }
        }
        return checked
    }

    private mutating func check(_ statement: Statement) -> CheckedStatement? {
        switch statement {
        case .command(let command):
            for argument in command.arguments { checkVariables(in: argument) }
            return bind(command).map { .command($0, command) }
        case .let(let statement):
            checkVariables(in: statement.value)
            checkBindable(statement.name)
            variables.bind(statement.name.text)
            return .let(statement)
        case .for(let loop):
            return check(loop)
        case .repeat(let loop):
            checkVariables(in: loop.count)
            checkValue(loop.count, as: .count(0...Self.maximumRepeatCount))
            let count = loop.count.literalValue.flatMap { Int($0) }
            let body = checkBody(loop.body, runsAtLeastOnce: (count ?? 0) > 0)
            return .repeat(loop, body: body)
        case .assert(let statement):
            checkVariables(in: statement.lhs)
            checkVariables(in: statement.rhs)
            return .assert(statement)
        }
    }

    /// The largest literal count `repeat` accepts; larger loops are surely mistakes.
    static let maximumRepeatCount = 1_000_000

    private mutating func check(_ loop: ForStatement) -> CheckedStatement {
        let runsAtLeastOnce: Bool
        switch loop.source {
        case .words(let words):
            for word in words { checkVariables(in: word) }
            runsAtLeastOnce = !words.isEmpty
        case .lines(let path):
            checkVariables(in: path)
            checkReadable(path)
            runsAtLeastOnce = false
        }
        let names = [loop.variable] + loop.fields
        for name in names {
            checkBindable(name)
            variables.enterLoop(name.text)
        }
        let body = checkBody(loop.body, runsAtLeastOnce: runsAtLeastOnce)
        for _ in names { variables.leaveLoop() }
        return .for(loop, body: body)
    }

    /// A loop body is checked once, from the state before the loop: the state
    /// its first run sees. (A later run that finds less set, as in
    /// `repeat 2 { submit; reset }`, is left to run time.)
    private mutating func checkBody(_ body: Block, runsAtLeastOnce: Bool) -> [CheckedStatement] {
        let before = draft
        session.blockDepth += 1
        let checked = check(body.statements)
        session.blockDepth -= 1
        draft = DraftFlow.afterLoop(before: before, body: draft, runsAtLeastOnce: runsAtLeastOnce)
        return checked
    }

    private mutating func checkBindable(_ name: Name) {
        if VariableScope.builtins.contains(name.text) {
            report(.builtinRebound(name.text), at: name.range)
        }
    }
}
