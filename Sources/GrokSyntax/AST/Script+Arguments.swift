extension Script {
    /// True when some statement reads `$1`, `$2`, …: the words after the script's name on
    /// the command line are then its arguments, whatever they look like.
    public var readsScriptArguments: Bool {
        Self.read(statements)
    }

    private static func read(_ statements: [Statement]) -> Bool {
        statements.contains { statement in
            switch statement {
            case .command(let command): command.arguments.contains(where: \.readsScriptArgument)
            case .let(let statement): statement.value.readsScriptArgument
            case .for(let loop):
                switch loop.source {
                case .words(let words): words.contains(where: \.readsScriptArgument) || read(loop.body.statements)
                case .lines(let path): path.readsScriptArgument || read(loop.body.statements)
                }
            case .repeat(let loop): loop.count.readsScriptArgument || read(loop.body.statements)
            case .assert(let statement): statement.lhs.readsScriptArgument || statement.rhs.readsScriptArgument
            }
        }
    }
}

extension Argument {
    var readsScriptArgument: Bool {
        interpolatedParts.contains { if case .positional = $0 { true } else { false } }
    }
}
