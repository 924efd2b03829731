import Foundation

/// A child process spawned by another test at the moment a download closes its `.part`
/// holds a copy of the descriptor until it execs, and with it the download's `flock`. A
/// test that downloads again at once waits for that state to clear — the lock itself, not
/// a clock — before it expects the next download to take it.
enum PartLockRelease {
    static func wait(for path: String, limit: Int = 10_000) async {
        for _ in 0..<limit {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return }
            let free = flock(fd, LOCK_EX | LOCK_NB) == 0
            close(fd)
            if free { return }
            await Task.yield()
            usleep(1_000)
        }
    }
}
