import Foundation
import Synchronization

/// A HAR 1.2 file (`--har FILE`, `set har FILE`) that is whole after every exchange: it is
/// written once with no entries, and each exchange is then written in one write over the
/// closing `]}}`, followed by the closing again. Whenever a user opens it, between two
/// exchanges or after Ctrl-C or a crash, it is a complete HTTP Archive.
public final class HARFile: Sendable {
    public let path: String
    private let state: Mutex<State>

    private struct State {
        var fd: Int32
        /// Where the closing `\n]}}\n` starts: the next entry is written there.
        var end: off_t
        var entries = 0
        /// The first write that failed; later exchanges are not tried.
        var failure: String?
    }

    private static let closing = "\n]}}\n"

    /// Creates the file, or empties one that exists; never writes through a symbolic link.
    public init(path: String) throws(GrokError) {
        let fd = try NoFollowFile.open(path, O_WRONLY | O_CREAT)
        let creator: JSONValue = .object(["name": "grok", "version": .string(GrokVersion.current)])
        let opening = #"{"log":{"version":"1.2","creator":"# + creator.compactText + #","pages":[],"entries":["#
        do {
            guard ftruncate(fd, 0) == 0 else { throw GrokError.fileSystem(path: path, reason: String(cString: strerror(errno))) }
            try FileDescriptorIO.writeAll(fd, opening + Self.closing)
        } catch {
            Glibc.close(fd)
            throw error as? GrokError ?? .fileSystem(path: path, reason: "\(error)")
        }
        self.path = path
        state = Mutex(State(fd: fd, end: off_t(opening.utf8.count)))
    }

    /// Adds the exchange's entry; the file stays whole.
    public func append(_ exchange: Exchange) {
        let entry = HAREntry.json(for: exchange).compactText
        state.withLock { state in
            guard state.failure == nil, state.fd >= 0 else { return }
            let text = (state.entries == 0 ? "\n" : ",\n") + entry + Self.closing
            do {
                guard lseek(state.fd, state.end, SEEK_SET) >= 0 else { throw GrokError.fileSystem(path: path, reason: String(cString: strerror(errno))) }
                try FileDescriptorIO.writeAll(state.fd, text)
                state.end += off_t(text.utf8.count - Self.closing.utf8.count)
                state.entries += 1
            } catch {
                state.failure = "\(error)"
            }
        }
    }

    /// How many exchanges it holds.
    public var entries: Int { state.withLock { $0.entries } }

    public func close() {
        state.withLock { state in
            if state.fd >= 0 { Glibc.close(state.fd) }
            state.fd = -1
        }
    }

    deinit { close() }
}
