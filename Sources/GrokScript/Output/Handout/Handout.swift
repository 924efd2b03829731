import Foundation
import GrokCore
import Synchronization

/// A Markdown transcript written as the session goes (`record FILE.md`, `--record FILE.md`):
/// each entry as a code block, what it printed, and each HTTP exchange as a curl command
/// and its answer. Written after each statement and each exchange, so the file can be read
/// at any time; the key is hidden in everything written.
public final class Handout: Sendable {
    private let redactor: Redactor
    private let state = Mutex(State())

    private struct State {
        var fd: Int32 = -1
        var path: String?
        /// Output printed since the last block was written.
        var pending = ""
    }

    public init(redactor: Redactor) {
        self.redactor = redactor
    }

    public var isRecording: Bool { state.withLock { $0.fd >= 0 } }

    /// Starts writing to `path` (a file there is replaced; a symbolic link is refused), or
    /// goes on if it is the file being written already.
    public func start(_ path: String, baseURL: URL) throws(GrokError) {
        guard state.withLock({ $0.path }) != path else { return }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .fileSystem(path: path, reason: String(cString: strerror(errno))) }
        stop()
        state.withLock { state in
            (state.fd, state.path) = (fd, path)
            write(HandoutMarkdown.title(version: GrokVersion.current, baseURL: baseURL.absoluteString,
                                        date: Exchange.timestamp(Date())), &state)
        }
    }

    /// Writes what is pending and closes the file.
    public func stop() {
        state.withLock { state in
            flush(&state)
            if state.fd >= 0 { close(state.fd) }
            (state.fd, state.path) = (-1, nil)
        }
    }

    /// A statement about to run, as written.
    func entry(_ text: String) {
        state.withLock { state in
            guard state.fd >= 0 else { return }
            flush(&state)
            write(HandoutMarkdown.entry(redactor.redact(text)), &state)
        }
    }

    /// Text the session printed (to either stream).
    func output(_ text: String) {
        state.withLock { state in
            guard state.fd >= 0 else { return }
            state.pending += text
        }
    }

    /// After each statement: what it printed goes in.
    func endEntry() {
        state.withLock { flush(&$0) }
    }

    /// An exchange that ended (already redacted).
    public func exchange(_ exchange: Exchange) {
        state.withLock { state in
            guard state.fd >= 0 else { return }
            flush(&state)
            write(HandoutMarkdown.exchange(exchange), &state)
        }
    }

    private func flush(_ state: inout State) {
        guard state.fd >= 0, !state.pending.isEmpty else { return }
        let text = state.pending.hasSuffix("\n") ? String(state.pending.dropLast()) : state.pending
        state.pending = ""
        write(HandoutMarkdown.output(redactor.redact(text)), &state)
    }

    /// A write that fails stops the handout: the session goes on without it.
    private func write(_ text: String, _ state: inout State) {
        do { try FileDescriptorIO.writeAll(state.fd, text) } catch {
            close(state.fd)
            (state.fd, state.path, state.pending) = (-1, nil, "")
        }
    }
}
