import Foundation

/// What is at a download's target, looked at before anything is fetched: by the client
/// before its first request, and by a run's rehearsal before the run's first paid request,
/// with the same rules, so a run that would fail on the disk fails before it spends.
public enum DownloadTarget {
    public enum Found: Sendable, Equatable {
        case nothing
        /// A regular file: replaced only under `overwrite`, or left as it is when it is the
        /// video the journal says was saved there.
        case file(bytes: Int64)
    }

    /// Refuses a symbolic link (even one leading nowhere), a directory or a special file at
    /// the target, at its `.part` or at the part's record, whatever `overwrite` says, and a
    /// folder that cannot be made or written in.
    public static func inspect(_ path: String) throws(GrokError) -> Found {
        try NoFollowFile.check(path, singleLink: false)
        try NoFollowFile.check(path + ".part", singleLink: true)
        try NoFollowFile.check(PartialRecord.path(for: path + ".part"), singleLink: true)
        try checkFolder(of: path)
        var info = stat()
        guard lstat(path, &info) == 0 else { return .nothing }
        return .file(bytes: Int64(info.st_size))
    }

    /// The target as the journal names it: absolute, without `.` or `..`.
    public static func journalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether `path` is still a video of `bytes` bytes, as recorded when it was saved: a
    /// regular file of that length that starts as an MP4 does.
    static func holdsVideo(of bytes: Int64, at path: String) -> Bool {
        guard let fd = try? NoFollowFile.open(path, O_RDONLY) else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, Int64(info.st_size) == bytes else { return false }
        var head = [UInt8](repeating: 0, count: VideoSniffer.headLength)
        let count = read(fd, &head, head.count)
        return count > 0 && VideoSniffer.judge(Array(head.prefix(count)), contentType: nil) == .video
    }

    /// Makes the folder the target goes in, and any missing above it.
    static func makeFolder(of path: String) throws(GrokError) {
        let parent = folder(of: path)
        do { try DirectoryCreation.create(parent) } catch { throw cannotCreate(parent, error) }
    }

    private static func checkFolder(of path: String) throws(GrokError) {
        let parent = folder(of: path)
        do { try DirectoryCreation.check(parent) } catch { throw cannotCreate(parent, error) }
        var info = stat()
        if stat(parent, &info) == 0, access(parent, W_OK | X_OK) != 0 {
            throw .fileSystem(path: parent, reason: "cannot write in the directory: \(String(cString: strerror(errno)).lowercased())")
        }
    }

    private static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }

    private static func cannotCreate(_ parent: String, _ error: DirectoryCreation.Failure) -> GrokError {
        let reason = error.isNotADirectory
            ? "cannot create the directory: \(error.explanation)"
            : "cannot create the directory '\(error.path)': \(error.reason)"
        return .fileSystem(path: parent, reason: reason)
    }
}
