import DidYouMean
import GrokCore

/// The variable names a script can read at one point: `--var` and session
/// names, every `let` earlier in the text (blocks included), the variables of
/// the loops around it, and the built-ins.
struct VariableScope {
    static let builtins = Set(BuiltinVariable.names)

    /// Built-ins included, so a lookup hashes once.
    private var defined: Set<String>
    private var loopVariables: [String] = []
    /// Names bound by `let` in this file or the files it sources: what a
    /// `source` of this file adds to its caller.
    private(set) var bound: Set<String> = []
    /// After a `source` the checker could not follow, any name may exist.
    private(set) var anyNameMayBeDefined = false

    init(defined: Set<String>, anyNameMayBeDefined: Bool = false) {
        self.defined = defined.union(Self.builtins)
        self.anyNameMayBeDefined = anyNameMayBeDefined
    }

    func contains(_ name: String) -> Bool {
        anyNameMayBeDefined || loopVariables.contains(name) || defined.contains(name)
    }

    mutating func bind(_ name: String) {
        defined.insert(name)
        bound.insert(name)
    }

    mutating func bind(_ names: Set<String>) {
        defined.formUnion(names)
        bound.formUnion(names)
    }

    mutating func assumeAnyNameDefined() {
        anyNameMayBeDefined = true
    }

    mutating func enterLoop(_ name: String) {
        loopVariables.append(name)
    }

    mutating func leaveLoop() {
        loopVariables.removeLast()
    }

    /// What a file sourced here can read on entry.
    func forSourcedFile() -> VariableScope {
        VariableScope(defined: defined.union(loopVariables), anyNameMayBeDefined: anyNameMayBeDefined)
    }

    /// Beyond this many names a did-you-mean is not searched: each would cost
    /// an edit distance per name.
    static let suggestionLimit = 1_000

    /// The known name closest to a misspelt one.
    func suggestion(for name: String) -> String? {
        guard defined.count + loopVariables.count <= Self.suggestionLimit else { return nil }
        return Suggestion.closest(to: name, among: loopVariables + defined.sorted())
    }
}
