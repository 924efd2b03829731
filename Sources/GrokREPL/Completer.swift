import GrokCore
import GrokScript

/// Tab completion as a pure function of the line, the cursor and a snapshot of the
/// session: no terminal, no session, testable alone.
public enum Completer {
    /// - Parameter cursor: the cursor's offset in Unicode scalars (as libedit counts).
    public static func complete(line: String, cursor: Int, state: CompletionState) -> Completion {
        let scalars = line.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: max(0, min(cursor, scalars.count)))
        let before = Substring(line.unicodeScalars[..<end])
        let statement = StatementWords(before: before)
        guard !statement.inComment else { return .none }
        let typed = before.suffix(statement.current.count + (statement.quote == nil ? 0 : 1))
        let candidates = candidates(for: statement, state: state)
        return Completion(replacing: String(typed), candidates: candidates)
    }

    static func candidates(for statement: StatementWords, state: CompletionState) -> [Candidate] {
        let current = statement.current
        if statement.quote == nil, current.hasPrefix("$"), statement.command != nil {
            return matching(state.variables.sorted().map { "$" + $0 }, current)
        }
        guard let command = statement.command else {
            return statement.quote == nil ? matching(CommandTable.names, current) : []
        }
        let arguments = Array(statement.words.dropFirst())
        switch Context(command: command, arguments: arguments) {
        case .words(let words):
            return statement.quote == nil ? matching(words, current) : []
        case .paths(let extra):
            return matching(extra, current) + PathCompletion.candidates(for: current, quote: statement.quote, state: state)
        case .tasks(let extra):
            return matching(taskReferences(state, excluding: arguments) + extra, current)
        case .nothing:
            return []
        }
    }

    /// What an argument position takes.
    enum Context: Equatable {
        case words([String])
        case paths(also: [String])
        case tasks(also: [String])
        case nothing

        init(command: String, arguments: [String]) {
            let position = arguments.count
            switch (command, position) {
            case ("model", 0): self = .words(VideoOptions.modelNames)
            case ("ratio", 0): self = .words(VideoOptions.ratios)
            case ("duration", 0): self = .words(VideoOptions.durations.map(String.init))
            case ("orientation", 0): self = .words(VideoOptions.orientations)
            case ("set", 0), ("unset", 0): self = .words(SettingKey.allCases.map(\.rawValue))
            case ("set", 1): self = Self.settingValue(arguments[0])
            case ("image", 0): self = .paths(also: ArgumentSyntax.keywords(of: "image"))
            case ("upload", 0), ("source", 0): self = .paths(also: [])
            case ("download", 0): self = .tasks(also: ["last", "to"])
            case ("download", 1): self = arguments[0] == "to" ? .paths(also: []) : .words(["to"])
            case ("download", 2) where arguments[1] == "to": self = .paths(also: [])
            case ("wait", _): self = arguments.last == "timeout" || arguments.dropLast().last == "timeout"
                ? .nothing : .tasks(also: ["last", "all", "timeout"])
            case ("status", _): self = .tasks(also: ["last", "all"])
            case ("show", 0): self = .words(ArgumentSyntax.keywords(of: "show"))
            case ("show", 1) where arguments[0] == "job": self = .tasks(also: ["last"])
            case ("jobs", 0), ("submit", 0): self = .words(ArgumentSyntax.keywords(of: command))
            case ("help", 0): self = .words(HelpText.topics)
            case ("for", 1): self = .words(["in"])
            case ("for", 2) where arguments[1] == "in": self = .words(["lines"])
            case ("for", 3) where arguments[1] == "in" && arguments[2] == "lines": self = .paths(also: [])
            default: self = .nothing
            }
        }

        private static func settingValue(_ name: String) -> Context {
            guard let key = SettingKey(rawValue: name) else { return .nothing }
            switch key.valueKind {
            case .path: return .paths(also: [])
            case .image: return .paths(also: [])
            default: return ArgumentSyntax.values(of: key).map(Context.words) ?? .nothing
            }
        }
    }

    /// Names first (sorted), then ids (most recent first); none already given.
    private static func taskReferences(_ state: CompletionState, excluding given: [String]) -> [String] {
        var seen = Set(given)
        var references: [String] = []
        for reference in state.taskNames.sorted() + state.taskIDs where seen.insert(reference).inserted {
            references.append(reference)
        }
        return references
    }

    private static func matching(_ words: [String], _ prefix: String) -> [Candidate] {
        var seen = Set<String>()
        return words.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }.map { Candidate($0) }
    }
}
