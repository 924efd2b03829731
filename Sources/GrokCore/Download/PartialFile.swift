import Foundation
import NIOCore

/// The `.part` file a download streams into: appended to, synced, then moved into place.
struct PartialFile {
    let path: String
    private var fd: Int32

    /// Opens for appending; `truncate` starts over.
    init(path: String, truncate: Bool) throws(GrokError) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | (truncate ? O_TRUNC : 0), 0o644)
        guard fd >= 0 else { throw .fileSystem(path: path, reason: String(cString: strerror(errno))) }
    }

    static func size(of path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_size)
    }

    func append(_ buffer: ByteBuffer) throws(GrokError) {
        let written = buffer.withUnsafeReadableBytes { bytes in
            Result { () throws(FileDescriptorIO.WriteError) in try FileDescriptorIO.writeAll(fd, bytes) }
        }
        do { try written.get() } catch { throw .fileSystem(path: path, reason: error.reason) }
    }

    func sync() throws(GrokError) {
        guard fsync(fd) == 0 else { throw .fileSystem(path: path, reason: String(cString: strerror(errno))) }
    }

    mutating func close() {
        guard fd >= 0 else { return }
        _ = Glibc.close(fd)
        fd = -1
    }

    /// Moves the finished file to `target`. Without `overwrite`, an existing target is never
    /// replaced: a hard link fails atomically if it exists.
    static func moveIntoPlace(_ part: String, target: String, overwrite: Bool) throws(GrokError) {
        if overwrite {
            guard rename(part, target) == 0 else { throw .fileSystem(path: target, reason: String(cString: strerror(errno))) }
        } else if link(part, target) == 0 {
            unlink(part)
        } else if errno == EEXIST {
            throw .targetExists(path: target)
        } else {
            guard access(target, F_OK) != 0 else { throw .targetExists(path: target) }
            guard rename(part, target) == 0 else { throw .fileSystem(path: target, reason: String(cString: strerror(errno))) }
        }
        FileSync.directory(containing: target)
    }
}
