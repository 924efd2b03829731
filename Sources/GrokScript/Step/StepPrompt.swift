import Foundation
import GrokCore
import Synchronization

/// What the user answered at a step pause.
enum StepAnswer: Equatable {
    /// Enter: send this request.
    case send
    /// `s` Enter: send it and every later one without pausing.
    case skip
    /// `q` Enter, Ctrl-C or Ctrl-D: send nothing more and stop, as Ctrl-C stops a command.
    case stop
}

/// The question of a step pause and the reading of its answer on the terminal (standard
/// input). The terminal reads key by key with its own echo and signals off: Ctrl-C is an
/// answer here (stop), not a signal, which a create would let pass (a paid create is never
/// cut short) and so send what the user meant to stop.
enum StepPrompt {
    static let keys = "Enter sends it · s Enter: no more pauses · q Enter: stop, as Ctrl-C"
    static let question = "step: " + keys + " › "

    /// The reads block, off the concurrency pool.
    private static let queue = DispatchQueue(label: "grok.step-prompt")

    /// Waits for the answer; a cancelled task (SIGTERM, SIGHUP) stops waiting and answers `.stop`.
    static func ask() async -> StepAnswer {
        guard let wake = WakePipe() else { return .stop }
        defer { wake.close() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                queue.async { continuation.resume(returning: read(wake: wake.readEnd)) }
            }
        } onCancel: {
            wake.wake()
        }
    }

    private static func read(wake: Int32) -> StepAnswer {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return .stop }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }

        var line = ""
        while true {
            var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            guard poll(&descriptors, 2, -1) >= 0 || errno == EINTR else { return .stop }
            if descriptors[1].revents != 0 { return .stop }
            guard descriptors[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = Glibc.read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            guard count == 1 else { return .stop }
            switch byte {
            case 0x03:
                echo("^C\n")
                return .stop
            case 0x04 where line.isEmpty:
                echo("\n")
                return .stop
            case 0x0A, 0x0D:
                echo("\n")
                switch line.trimmingCharacters(in: .whitespaces).lowercased() {
                case "": return .send
                case "s": return .skip
                case "q": return .stop
                default:
                    echo("type nothing, s or q, then Enter\n" + question)
                    line = ""
                }
            case 0x7F, 0x08:
                guard !line.isEmpty else { continue }
                line.removeLast()
                echo("\u{8} \u{8}")
            case 0x20...0x7E:
                line.append(Character(UnicodeScalar(byte)))
                echo(String(UnicodeScalar(byte)))
            default:
                continue
            }
        }
    }

    /// What the user types shows where the question stands (standard error).
    private static func echo(_ text: String) {
        try? FileDescriptorIO.writeAll(STDERR_FILENO, text)
    }
}

/// A pipe that wakes a blocked `poll` once; writing after `close` does nothing.
private final class WakePipe: Sendable {
    let readEnd: Int32
    private let writeEnd = Mutex<Int32>(-1)

    init?() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        readEnd = ends[0]
        writeEnd.withLock { $0 = ends[1] }
    }

    func wake() {
        writeEnd.withLock { end in
            var byte: UInt8 = 1
            if end >= 0 { _ = Glibc.write(end, &byte, 1) }
        }
    }

    func close() {
        writeEnd.withLock { end in
            if end >= 0 { Glibc.close(end) }
            end = -1
        }
        Glibc.close(readEnd)
    }
}
