import Foundation

/// Writes a whole file through a new one beside it, renamed over the target: a reader never
/// sees half of it, and a failure leaves the previous file as it was (history, reports).
public enum ReplacingWrite {
    /// Why the file was not written, and which path (the target, or the file beside it).
    public struct Failure: Error, Sendable {
        public let path: String
        public let reason: String
    }

    public static func write(_ text: String, to path: String, mode: mode_t) throws(Failure) {
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(path: temporary, reason: String(cString: strerror(errno))) }
        do {
            try FileDescriptorIO.writeAll(fd, text)
        } catch {
            close(fd)
            unlink(temporary)
            throw Failure(path: temporary, reason: error.reason)
        }
        fchmod(fd, mode)
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }
}
