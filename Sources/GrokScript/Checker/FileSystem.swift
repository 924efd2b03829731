import Foundation

/// The real disk, as `CheckContext` reads it by default.
public enum FileSystem {
    public static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }

    public static func status(_ path: String) -> FileStatus {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { return .directory }
        return FileManager.default.isReadableFile(atPath: path) ? .readable : .unreadable
    }
}
