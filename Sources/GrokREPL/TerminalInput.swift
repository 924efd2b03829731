import Foundation

/// The terminal's input, read without ever blocking. Ctrl-C makes the terminal drop what
/// was typed but not yet read, so the byte that woke `poll` may be gone when `read` comes:
/// a blocking read would then wait for the next key, deaf to the interrupt. The terminal
/// is opened again by name, a description of its own, so that its non-blocking flag does
/// not reach the shell, which shares descriptor 0.
final class TerminalInput {
    enum Read {
        case byte(UInt8)
        /// Nothing to read now.
        case nothing
        case end
        case failed
    }

    let descriptor: Int32
    /// Descriptor 0 itself, blocking, when the terminal cannot be opened by name.
    private let owned: Bool

    init() {
        var name = [CChar](repeating: 0, count: Int(PATH_MAX))
        let opened = ttyname_r(STDIN_FILENO, &name, name.count) == 0
            ? open(name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) : -1
        owned = opened >= 0
        descriptor = owned ? opened : STDIN_FILENO
    }

    deinit {
        if owned { close(descriptor) }
    }

    func read() -> Read {
        var byte: UInt8 = 0
        while true {
            let count = Glibc.read(descriptor, &byte, 1)
            if count == 1 { return .byte(byte) }
            if count == 0 { return .end }
            if errno == EINTR { continue }
            return errno == EAGAIN || errno == EWOULDBLOCK ? .nothing : .failed
        }
    }
}
