import Dispatch
import Foundation
import Synchronization

/// Writes a download to disk while it is still arriving: after every `step` bytes appended,
/// an `fdatasync` runs on a queue of its own (one at a time), so the sync at the end waits for
/// the last few megabytes instead of the whole video. A background sync that fails is kept
/// and reported by `settle`: Linux reports a write error to one sync only.
final class WriteBehind: Sendable {
    static let step: Int64 = 32 << 20

    private struct State {
        var unsynced: Int64 = 0
        var syncing = false
        var failure: Int32?
    }

    private let fd: Int32
    private let queue = DispatchQueue(label: "grok.write-behind")
    private let state = Mutex(State())

    init(fd: Int32) {
        self.fd = fd
    }

    /// Counts bytes appended; starts a background sync once `step` have gathered.
    func wrote(_ count: Int) {
        let start = state.withLock { state -> Bool in
            state.unsynced += Int64(count)
            guard state.unsynced >= Self.step, !state.syncing else { return false }
            state.unsynced = 0
            state.syncing = true
            return true
        }
        guard start else { return }
        queue.async { [self] in
            let failure = fdatasync(fd) == 0 ? nil : errno
            self.state.withLock { state in
                state.syncing = false
                state.failure = state.failure ?? failure
            }
        }
    }

    /// Waits for a sync in flight (before the final sync, or before the descriptor is
    /// closed); returns the errno of a background sync that failed.
    func settle() -> Int32? {
        queue.sync {}
        return state.withLock { $0.failure }
    }
}
