import Foundation
import NIOCore

/// The `.part` file a download streams into, held under an exclusive `flock` for the whole
/// download so that two processes never write one target: appended to (and written to disk
/// as it grows), synced, then moved into place.
struct PartialFile {
    let path: String
    private var fd: Int32
    private let writeBehind: WriteBehind
    private var moved = false
    /// Whether the bytes found at the start were thrown away.
    private(set) var startedOver = false

    /// Opens (creating it) and locks the part file of `target`; another process holding the
    /// lock is `downloadInProgress`. A symbolic link, a directory, any file that is not
    /// regular or one with another hard link there is refused (`unsafeDownloadPath`), never
    /// written through.
    static func lock(_ path: String, target: String) throws(GrokError) -> PartialFile {
        while true {
            let fd = try NoFollowFile.open(path, O_RDWR | O_CREAT | O_APPEND)
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                Glibc.close(fd)
                if code == EWOULDBLOCK { throw .downloadInProgress(path: target) }
                throw .fileSystem(path: path, reason: String(cString: strerror(code)))
            }
            // The holder before us may have moved its file into place meanwhile: then this
            // descriptor is a file no path leads to, and the lock is taken again on a new one.
            var opened = stat(), named = stat()
            if fstat(fd, &opened) == 0, lstat(path, &named) == 0, opened.st_ino == named.st_ino, opened.st_dev == named.st_dev {
                guard !NoFollowFile.hasOtherLinks(fd) else {
                    Glibc.close(fd)
                    throw .unsafeDownloadPath(path: path, reason: "it has another hard link")
                }
                return PartialFile(path: path, fd: fd)
            }
            Glibc.close(fd)
        }
    }

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
        self.writeBehind = WriteBehind(fd: fd)
    }

    static func size(of path: String) -> Int64? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Int64(info.st_size)
    }

    var size: Int64 {
        var info = stat()
        return fstat(fd, &info) == 0 ? Int64(info.st_size) : 0
    }

    /// The first `count` bytes, or all of them when the part is shorter.
    func head(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + filled }, count - filled, off_t(filled)) }
            guard read > 0 else { break }
            filled += read
        }
        return Array(bytes.prefix(filled))
    }

    /// Starts over from zero.
    mutating func truncate() throws(GrokError) {
        startedOver = startedOver || size > 0
        guard ftruncate(fd, 0) == 0 else { throw .fileSystem(path: path, reason: String(cString: strerror(errno))) }
    }

    func append(_ buffer: ByteBuffer) throws(GrokError) {
        let written = buffer.withUnsafeReadableBytes { bytes in
            Result { () throws(FileDescriptorIO.WriteError) in try FileDescriptorIO.writeAll(fd, bytes) }
        }
        do { try written.get() } catch { throw .fileSystem(path: path, reason: error.reason) }
        writeBehind.wrote(buffer.readableBytes)
    }

    func sync() throws(GrokError) {
        if let failure = writeBehind.settle() { throw .fileSystem(path: path, reason: String(cString: strerror(failure))) }
        guard fsync(fd) == 0 else { throw .fileSystem(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Releases the lock; an empty part (nothing was kept) is removed first, with its record.
    mutating func close() {
        guard fd >= 0 else { return }
        _ = writeBehind.settle()
        if !moved, size == 0 {
            unlink(path)
            unlink(PartialRecord.path(for: path))
        }
        _ = Glibc.close(fd)
        fd = -1
    }

    /// Moves the finished file to `target`, still under the lock. Without `overwrite`, an
    /// existing target is never replaced: a hard link fails atomically if it exists. What is
    /// not a regular file at the target (a symbolic link put there meanwhile) is never replaced.
    mutating func moveIntoPlace(target: String, overwrite: Bool) throws(GrokError) {
        try NoFollowFile.check(target, singleLink: false)
        if overwrite {
            guard rename(path, target) == 0 else { throw .fileSystem(path: target, reason: String(cString: strerror(errno))) }
        } else if link(path, target) == 0 {
            unlink(path)
        } else if errno == EEXIST {
            throw .targetExists(path: target)
        } else {
            var info = stat()
            guard lstat(target, &info) != 0 else { throw .targetExists(path: target) }
            guard rename(path, target) == 0 else { throw .fileSystem(path: target, reason: String(cString: strerror(errno))) }
        }
        moved = true
        unlink(PartialRecord.path(for: path))
        FileSync.directory(containing: target)
    }
}
