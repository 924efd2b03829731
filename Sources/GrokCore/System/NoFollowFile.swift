import Foundation

/// The files a download writes (`.part`, `.part.info`, the target) are opened without
/// following a symbolic link (`O_NOFOLLOW`) and only when they are regular files, as careful
/// Unix tools do: whoever can write to the output folder cannot make grok write through
/// what they put there.
enum NoFollowFile {
    /// Why grok must not write at `path`, or nil when nothing is there or a regular file is.
    /// `singleLink`: a regular file with another hard link is refused too (grok would write
    /// into a file that has another name).
    static func refusal(at path: String, singleLink: Bool) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return "it is a symbolic link"
        case S_IFDIR: return GrokError.isADirectory
        case S_IFREG: return singleLink && info.st_nlink > 1 ? "it has another hard link" : nil
        default: return "it is not a regular file"
        }
    }

    /// Throws `unsafeDownloadPath` for what `refusal` refuses.
    static func check(_ path: String, singleLink: Bool) throws(GrokError) {
        if let reason = refusal(at: path, singleLink: singleLink) { throw .unsafeDownloadPath(path: path, reason: reason) }
    }

    /// Opens `path` with `flags` plus `O_NOFOLLOW`, refusing anything but a regular file
    /// (checked on the open descriptor, so nothing swapped in meanwhile is written through).
    /// Never blocks on a FIFO. Truncate with `ftruncate` after this, not `O_TRUNC`.
    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o644) throws(GrokError) -> Int32 {
        let fd = Glibc.open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let code = errno
            try check(path, singleLink: false)
            throw .fileSystem(path: path, reason: String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            Glibc.close(fd)
            throw .unsafeDownloadPath(path: path, reason: "it is not a regular file")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// Whether the open file `fd` has another name besides the one grok opened.
    static func hasOtherLinks(_ fd: Int32) -> Bool {
        var info = stat()
        return fstat(fd, &info) == 0 && info.st_nlink > 1
    }
}
