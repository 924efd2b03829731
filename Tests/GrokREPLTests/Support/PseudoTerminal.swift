import Foundation
import Synchronization
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `grok` on a pseudo-terminal of its own: the test types keystrokes and reads the
/// screen. The child is a session leader whose controlling terminal is the pty (so
/// Ctrl-C sends SIGINT), with only descriptors 0-2 open, so it holds none of the test
/// process's sockets.
final class PseudoTerminal: Sendable {
    static let rows = 40
    static let defaultColumns = 200

    let pid: pid_t
    private let master: Int32
    /// A second descriptor of the master, kept open after the child has gone, so the
    /// terminal modes it left behind can still be read.
    private let spare: Int32
    private let screen: Mutex<Screen>
    private let transcript = Mutex([UInt8]())
    private let exitStatus = Mutex<Int32?>(nil)
    /// Set once the reader has met the end of the pty: all the child wrote is on the screen.
    private let drained = Mutex(false)

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private typealias OpenPT = @convention(c) (Int32) -> Int32
    private typealias PTControl = @convention(c) (Int32) -> Int32
    private typealias PTSName = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// The Swift overlay hides these XSI/GNU calls; glibc has them all.
    private static func symbol<T>(_ name: String, as type: T.Type) throws -> T {
        guard let handle = dlopen(nil, RTLD_NOW), let pointer = dlsym(handle, name) else { throw Failure(description: "\(name) is missing") }
        return unsafeBitCast(pointer, to: type)
    }

    /// `POSIX_SPAWN_SETSID`, `POSIX_SPAWN_SETSIGMASK`, `POSIX_SPAWN_SETSIGDEF` from glibc's spawn.h.
    private static let setSID: Int16 = 0x80, setSignalMask: Int16 = 0x08, setSignalDefaults: Int16 = 0x04

    init(_ executable: String, arguments: [String], environment: [String: String], directory: String,
         columns: Int = PseudoTerminal.defaultColumns) throws {
        screen = Mutex(Screen(rows: Self.rows, columns: columns))
        let master = try Self.symbol("posix_openpt", as: OpenPT.self)(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure(description: "posix_openpt: \(String(cString: strerror(errno)))") }
        guard try Self.symbol("grantpt", as: PTControl.self)(master) == 0,
              try Self.symbol("unlockpt", as: PTControl.self)(master) == 0,
              let name = try Self.symbol("ptsname", as: PTSName.self)(master) else {
            close(master)
            throw Failure(description: "cannot set up the pseudo-terminal")
        }
        let slavePath = String(cString: name)
        var size = winsize(ws_row: UInt16(Self.rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        _ = try Self.symbol("posix_spawn_file_actions_addchdir_np", as: AddChdir.self)(&actions, directory)
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        _ = try Self.symbol("posix_spawn_file_actions_addclosefrom_np", as: CloseFrom.self)(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Self.setSID | Self.setSignalMask | Self.setSignalDefaults)

        var pid: pid_t = 0
        let code = ChildProcess.withSpawnArguments(executable, arguments, environment) { argv, envp in
            posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        }
        guard code == 0 else {
            close(master)
            throw Failure(description: "posix_spawn: \(String(cString: strerror(code)))")
        }
        self.pid = pid
        self.master = master
        self.spare = dup(master)
        startReading()
    }

    deinit { close(spare) }

    /// The terminal's local modes (`ICANON`, `ECHO`, …) as the child set them.
    var localModes: tcflag_t? {
        var modes = termios()
        guard tcgetattr(spare, &modes) == 0 else { return nil }
        return modes.c_lflag
    }

    /// The window becomes `columns` wide, as when a user resizes it: the screen rewraps,
    /// then the kernel tells the child with SIGWINCH.
    func resize(columns: Int) {
        screen.withLock { $0.resize(columns: columns) }
        var size = winsize(ws_row: UInt16(Self.rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(spare, UInt(TIOCSWINSZ), &size)
    }

    /// Sends `signal` to the child, as `kill` would.
    func send(_ signal: Int32) {
        Glibc.kill(pid, signal)
    }

    /// Reads the child's output on a thread of its own until the pty closes.
    private func startReading() {
        let thread = Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(master, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                let bytes = Array(buffer[0..<count])
                transcript.withLock { $0 += bytes }
                screen.withLock { $0.feed(bytes) }
            }
            drained.withLock { $0 = true }
            close(master)
        }
        thread.start()
    }

    func type(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress?.advanced(by: offset), $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    var text: String { screen.withLock { $0.text } }
    var cursorLine: String { screen.withLock { $0.cursorLine } }
    var cursorColumn: Int { screen.withLock { $0.cursorColumn } }
    /// The screen's lines, soft wraps joined, with the index of the line the cursor is on.
    var lines: (all: [Screen.Line], cursor: Int) {
        screen.withLock { screen in
            (screen.lines, screen.wrapped.prefix(screen.row).filter { !$0 }.count)
        }
    }
    var output: String { transcript.withLock { String(decoding: $0, as: UTF8.self) } }

    /// Waits (up to `limit`) until `condition` holds for the screen; fails with the screen.
    /// The screen is looked at once more after the deadline: on a loaded machine this task
    /// can be starved past it, and what it waited for may well be on the screen by then.
    @discardableResult
    func waitFor(_ what: String, limit: Duration = .seconds(120), _ condition: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + limit
        while true {
            let text = self.text
            if condition(text) { return text }
            guard ContinuousClock.now < deadline else { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw Failure(description: "timed out waiting for \(what); the screen:\n\(text)\n--- raw output:\n\(output.debugDescription.suffix(3000))")
    }

    func waitFor(_ text: String, limit: Duration = .seconds(120)) async throws {
        try await waitFor("'\(text)'", limit: limit) { $0.contains(text) }
    }

    /// Waits for the child to exit (up to `limit`, then kills it); returns its status.
    func exit(limit: Duration = .seconds(120)) async throws -> Int32 {
        let pid = self.pid
        let watchdog = DispatchWorkItem { Glibc.kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(Int(limit.components.seconds)), execute: watchdog)
        defer { watchdog.cancel() }
        let status = await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            DispatchQueue.global().async {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                let exited = status & 0x7F == 0
                continuation.resume(returning: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
            }
        }
        // What the child wrote just before leaving may still be in the pty: read it all
        // before a test looks at the screen (bounded, in case a grandchild holds the pty).
        let readDeadline = ContinuousClock.now + .seconds(10)
        while !drained.withLock({ $0 }), ContinuousClock.now < readDeadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        return status
    }

    /// Ends the child if a test failed before it left.
    func kill() {
        Glibc.kill(pid, SIGKILL)
    }
}
