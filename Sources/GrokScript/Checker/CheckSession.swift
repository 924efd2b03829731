/// What the check of one script shares with the checks of the files it
/// sources: the context, the files checked so far, the chain of `source`s
/// being followed, and a cache of file lookups. Lives for one `Checker.check`.
final class CheckSession {
    /// How many files deep `source` may nest.
    static let maximumSourceDepth = 32

    let context: CheckContext
    /// Every file reached through `source`, keyed by resolved path.
    private(set) var sourcedFiles: [String: CheckedScript] = [:]
    /// The variables each checked file binds, for a later `source` of it.
    private var boundVariables: [String: Set<String>] = [:]
    /// Resolved paths of the files being checked, outermost first.
    private(set) var chain: [String] = []
    private(set) var sourceDepth = 0
    /// Blocks open around the statement being checked, across every file of
    /// the chain. The parser caps each file at `Parser.maximumNesting`; a
    /// `source` is refused past that total too, so checking never recurses
    /// deeper than twice the parser's limit, whatever the chain.
    var blockDepth = 0
    private var statuses: [String: FileStatus] = [:]

    init(context: CheckContext) {
        self.context = context
        if let path = context.scriptPath {
            chain.append(FilePath.normalize(path))
        }
    }

    /// Whether `path` is readable, asking the context once per path.
    func status(of path: String) -> FileStatus {
        if let known = statuses[path] { return known }
        let status = context.fileStatus(path)
        statuses[path] = status
        return status
    }

    /// The chain from `path`'s earlier entry back to `path`, when sourcing it now would loop.
    func cycle(sourcing path: String) -> [String]? {
        chain.firstIndex(of: path).map { Array(chain[$0...]) + [path] }
    }

    /// The variables a file checked earlier binds; `nil` if it was not checked yet.
    func variablesBound(by path: String) -> Set<String>? {
        boundVariables[path]
    }

    func enter(_ path: String) {
        chain.append(path)
        sourceDepth += 1
    }

    func leave(_ path: String, checked: CheckedScript, binding variables: Set<String>) {
        chain.removeLast()
        sourceDepth -= 1
        sourcedFiles[path] = checked
        boundVariables[path] = variables
    }
}
