import Foundation
import GrokCore

/// An exclusive `flock` on a file of its own (created mode 0600), tried without blocking
/// until a deadline: a process that keeps the lock makes the caller fail, never hang.
struct FileLock {
    struct Failure: Error {
        let reason: String
    }

    private let fd: Int32

    /// How often the lock is tried again while another process holds it.
    static let retryMicroseconds: useconds_t = 10_000

    static func take(_ path: String, timeout: Duration) throws(Failure) -> FileLock {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(reason: "cannot open '\(path)': \(String(cString: strerror(errno)))") }
        let deadline = ContinuousClock.now + timeout
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(fd)
                throw Failure(reason: "cannot lock '\(path)': \(String(cString: strerror(code)))")
            }
            guard ContinuousClock.now < deadline else {
                close(fd)
                throw Failure(reason: "another process has held '\(path)' for \(DurationText.format(timeout))")
            }
            usleep(retryMicroseconds)
        }
        return FileLock(fd: fd)
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
