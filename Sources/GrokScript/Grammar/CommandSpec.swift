import GrokSyntax

/// One command of the language: its name, its argument grammar, how it binds, and its
/// help. `CommandTable` holds one of these per command; everything else derives from it.
/// A class, so the checker looking one up for each command copies a reference, not ten fields.
public final class CommandSpec: Sendable {
    public let name: String
    public let grammar: [GrammarPart]
    public let summary: String
    public let example: String
    public let related: [String]
    /// The heading `help` lists the command under.
    public let group: CommandGroup
    /// Whether `save` keeps an entry made of this command: false for those that change
    /// nothing a script needs (`help`, `show`, `save`, `exit`).
    let keptBySave: Bool
    let form: Form

    private init(name: String, grammar: [GrammarPart], summary: String, example: String, related: [String], group: CommandGroup,
                 keptBySave: Bool, form: Form) {
        self.name = name
        self.grammar = grammar
        self.summary = summary
        self.example = example
        self.related = related
        self.group = group
        self.keptBySave = keptBySave
        self.form = form
    }

    enum Form: Sendable {
        /// A command: the checker matches its arguments and makes the bound command.
        case command(bind: @Sendable (GrammarMatch) -> BoundCommand?, sendsDraft: Bool)
        /// A structural statement (`let`, `for`, `repeat`, `assert`): the parser reads it;
        /// its grammar here serves help, completion and hints.
        case statement
    }

    /// The arguments' syntax, shown by `help` and as the REPL's hint: `16:9|9:16|1:1|3:2|2:3`.
    public var arguments: String { GrammarPart.syntax(of: grammar) }
    public var usage: String { arguments.isEmpty ? name : name + " " + arguments }

    /// A command of the draft, the tasks or the session.
    /// - Parameter sendsDraft: the command sends the draft, so it must have a prompt and an image.
    static func command(_ name: String, _ grammar: [GrammarPart], group: CommandGroup, summary: String, example: String,
                        related: [String], sendsDraft: Bool = false, keptBySave: Bool = true,
                        bind: @escaping @Sendable (GrammarMatch) -> BoundCommand?) -> CommandSpec {
        CommandSpec(name: name, grammar: grammar, summary: summary, example: example, related: related, group: group,
                    keptBySave: keptBySave, form: .command(bind: bind, sendsDraft: sendsDraft))
    }

    static func statement(_ keyword: StatementKeyword, _ grammar: [GrammarPart], summary: String, example: String,
                          related: [String]) -> CommandSpec {
        CommandSpec(name: keyword.rawValue, grammar: grammar, summary: summary, example: example, related: related,
                    group: .scripting, keptBySave: true, form: .statement)
    }
}

/// The headings of `help`'s list of commands, in the order shown.
public enum CommandGroup: String, Sendable, CaseIterable {
    case draft, tasks, scripting, session
}
