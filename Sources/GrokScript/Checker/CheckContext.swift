/// What the checker knows about the world a script will run in.
public struct CheckContext: Sendable {
    /// Names defined before the script starts: `--var` values, REPL session variables.
    public var definedVariables: Set<String>
    /// How many script arguments exist (`$1`…`$N`).
    public var scriptArguments: Int
    /// The REPL session's draft already has a prompt / an image / a ratio.
    public var draftHasPrompt: Bool
    public var draftHasImage: Bool
    public var draftHasRatio: Bool
    /// Where relative input paths (`image`, `upload`, `source`, `for … in lines`)
    /// resolve: the script file's directory, or the working directory for `-e`,
    /// stdin and the REPL.
    public var baseDirectory: String
    /// The checked script's own resolved path when it is a file, so that a file
    /// sourcing itself is reported as a cycle; `nil` for `-e`, stdin and the REPL.
    public var scriptPath: String?
    /// Paths under this directory are shown relative to it (the working directory); `nil`
    /// shows them resolved.
    public var displayDirectory: String?
    /// Where `~/…` paths point, as they do when the script runs; `nil` leaves `~` as it is.
    public var homeDirectory: String?
    /// The bytes of a file, or `nil` when it cannot be read. Injected for tests.
    public var readFile: @Sendable (String) -> [UInt8]?
    /// Whether a path names a readable file, and if not why. Injected for tests.
    public var fileStatus: @Sendable (String) -> FileStatus

    public init(
        definedVariables: Set<String> = [],
        scriptArguments: Int = 0,
        draftHasPrompt: Bool = false,
        draftHasImage: Bool = false,
        draftHasRatio: Bool = false,
        baseDirectory: String = ".",
        scriptPath: String? = nil,
        displayDirectory: String? = nil,
        homeDirectory: String? = nil,
        readFile: @escaping @Sendable (String) -> [UInt8]? = FileSystem.read,
        fileStatus: @escaping @Sendable (String) -> FileStatus = FileSystem.status
    ) {
        self.definedVariables = definedVariables
        self.scriptArguments = scriptArguments
        self.draftHasPrompt = draftHasPrompt
        self.draftHasImage = draftHasImage
        self.draftHasRatio = draftHasRatio
        self.baseDirectory = baseDirectory
        self.scriptPath = scriptPath
        self.displayDirectory = displayDirectory
        self.homeDirectory = homeDirectory
        self.readFile = readFile
        self.fileStatus = fileStatus
    }
}

/// Whether a path can be read as a file, and if not why.
public enum FileStatus: Sendable, Hashable {
    case readable
    case missing
    case directory
    /// A device, FIFO or socket: reading it could block or never end.
    case notAFile
    case unreadable
}
