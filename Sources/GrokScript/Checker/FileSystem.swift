import Foundation

/// The real disk, as the checker and the evaluator read it: input files are regular files
/// only, so `check` and the run refuse the same devices, FIFOs and directories.
public enum FileSystem {
    /// The bytes of a regular file the process may read; `nil` for anything else.
    public static func read(_ path: String) -> [UInt8]? {
        guard status(path) == .readable else { return nil }
        return FileManager.default.contents(atPath: path).map { Array($0) }
    }

    /// The size of a file in bytes, without reading it; `nil` when it cannot be told.
    public static func size(_ path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_size)
    }

    public static func status(_ path: String) -> FileStatus {
        var info = stat()
        guard stat(path, &info) == 0 else { return errno == EACCES ? .unreadable : .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return access(path, R_OK) == 0 ? .readable : .unreadable
        default: return .notAFile
        }
    }
}
