import Foundation

/// What completion knows of the session, taken before each prompt so that Tab reads no
/// file and waits for nothing but a directory listing.
public struct CompletionState: Sendable {
    /// Variable names, without `$`.
    public var variables: [String]
    /// Task names from this session and the journal, sorted (once, here, not at each Tab).
    public private(set) var taskNames: [String]
    /// Task ids, most recent first.
    public var taskIDs: [String]
    /// Where relative paths start.
    public var directory: String
    public var homeDirectory: String?
    /// The entries of a directory (nil when it cannot be read). Injected for tests.
    public var listDirectory: @Sendable (String) -> [DirectoryEntry]?

    public init(
        variables: [String] = [], taskNames: [String] = [], taskIDs: [String] = [], directory: String = ".",
        homeDirectory: String? = nil, listDirectory: @escaping @Sendable (String) -> [DirectoryEntry]? = DirectoryEntry.list
    ) {
        self.variables = variables
        self.taskNames = taskNames.sorted()
        self.taskIDs = taskIDs
        self.directory = directory
        self.homeDirectory = homeDirectory
        self.listDirectory = listDirectory
    }
}

public struct DirectoryEntry: Sendable, Equatable {
    public var name: String
    public var isDirectory: Bool

    public init(name: String, isDirectory: Bool) {
        self.name = name
        self.isDirectory = isDirectory
    }

    /// The real file system.
    @Sendable public static func list(_ path: String) -> [DirectoryEntry]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
        return names.map { name in
            var isDirectory: ObjCBool = false
            let full = (path as NSString).appendingPathComponent(name)
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            return DirectoryEntry(name: name, isDirectory: isDirectory.boolValue)
        }
    }
}
