import Foundation

/// `mkdir -p`, saying which directory could not be made and why (`strerror`), where
/// Foundation would say only "The operation could not be completed".
public enum DirectoryCreation {
    public struct Failure: Error, Sendable, Equatable {
        /// The directory the problem is about: the one that could not be made, or the
        /// file that stands where a directory is needed.
        public let path: String
        public let reason: String

        /// A file stands where a directory is needed.
        public var isNotADirectory: Bool { reason == Self.notADirectory }

        /// `'/dev/null' is not a directory`, `cannot create '/srv/x': permission denied`.
        public var explanation: String {
            isNotADirectory ? "'\(path)' \(reason)" : "cannot create '\(path)': \(reason)"
        }

        static let notADirectory = "is not a directory"
    }

    /// Creates `path` and its missing parents, new ones with `mode`.
    public static func create(_ path: String, mode: mode_t = 0o755) throws(Failure) {
        for directory in try missingDirectories(of: path).reversed() {
            if mkdir(directory.path, mode) != 0, errno != EEXIST {
                throw Failure(path: directory.path, reason: String(cString: strerror(errno)).lowercased())
            }
        }
    }

    /// Throws what `create` would, without making anything: a file where a directory is
    /// needed, or a missing directory in a parent this process cannot write in.
    public static func check(_ path: String) throws(Failure) {
        guard let shallowest = try missingDirectories(of: path).last else { return }
        guard access(shallowest.deletingLastPathComponent().path, W_OK | X_OK) == 0 else {
            throw Failure(path: shallowest.path, reason: String(cString: strerror(errno)).lowercased())
        }
    }

    /// The directories `create` must make, deepest first, after finding that the nearest
    /// existing one is a directory.
    private static func missingDirectories(of path: String) throws(Failure) -> [URL] {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var missing: [URL] = []
        var ancestor = url
        var info = stat()
        while stat(ancestor.path, &info) != 0 {
            // ENOTDIR: a file stands somewhere above; it is found and named further up.
            guard errno == ENOENT || errno == ENOTDIR else {
                throw Failure(path: ancestor.path, reason: String(cString: strerror(errno)).lowercased())
            }
            missing.append(ancestor)
            let parent = ancestor.deletingLastPathComponent()
            guard parent.path != ancestor.path else { throw Failure(path: ancestor.path, reason: "no such directory") }
            ancestor = parent
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw Failure(path: ancestor.path, reason: Failure.notADirectory)
        }
        return missing
    }
}
