import Foundation
import GrokCore

/// Text longer than the screen goes through a pager on a terminal, as git does: `$PAGER`,
/// run by `sh -c` (so it may hold options), else `less -R` (colours pass through). An
/// empty `PAGER`, or `cat`, means none. Unless `LESS` says otherwise, less gets git's
/// `FRX`, so the text stays on the screen once it quits. grok waits for the pager to end,
/// and meanwhile leaves Ctrl-C to it.
public struct Pager: Sendable {
    /// What runs, found on `PATH`; `nil`: no pager.
    let command: [String]?
    private let environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
        switch environment["PAGER"].map({ $0.trimmingCharacters(in: .whitespaces) }) {
        case nil: command = ["less", "-R"]
        case "", "cat": command = nil
        case let pager?: command = ["sh", "-c", pager]
        }
    }

    /// Pages `text` when it has more lines than fit above a prompt on standard output's
    /// terminal. False when it does not need to, or when the pager could not be started:
    /// the caller prints the text itself.
    func page(_ text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        guard lines >= Terminal.rows(environment: environment) else { return false }
        return show(text)
    }

    /// Runs the pager with `text` on its standard input and waits for it.
    func show(_ text: String) -> Bool {
        guard let command else { return false }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        // Ctrl-C and Ctrl-\ are the pager's while it runs (less uses them); a pager that
        // quits before reading everything must not end grok with SIGPIPE.
        let held = HeldSignals([SIGINT, SIGQUIT, SIGPIPE])
        defer { held.restore() }
        guard let pid = spawn(command, input: ends[0]) else {
            close(ends[0])
            close(ends[1])
            return false
        }
        close(ends[0])
        try? FileDescriptorIO.writeAll(ends[1], text)
        close(ends[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // 126 and 127: the shell found no pager to run, so nothing was shown.
        let exited = status & 0x7F == 0, code = (status >> 8) & 0xFF
        return !(exited && (code == 126 || code == 127))
    }

    /// Starts `command` with `input` as its standard input and the signals grok holds back
    /// at their defaults.
    private func spawn(_ command: [String], input: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), none = sigset_t()
        sigemptyset(&defaults)
        sigemptyset(&none)
        for signal in [SIGINT, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var variables = environment
        if variables["LESS"] == nil { variables["LESS"] = "FRX" }
        let arguments = command.map { strdup($0) } + [nil]
        let environment = variables.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { (arguments + environment).forEach { free($0) } }
        var pid: pid_t = 0
        let code = arguments.withUnsafeBufferPointer { argv in
            environment.withUnsafeBufferPointer { envp in
                guard let argv = argv.baseAddress, let envp = envp.baseAddress else { return EINVAL }
                return posix_spawnp(&pid, command[0], &actions, &attributes, argv, envp)
            }
        }
        return code == 0 ? pid : nil
    }
}

/// Signals ignored for a while, then handled as before.
private struct HeldSignals {
    private var saved: [(Int32, sigaction)] = []

    init(_ signals: [Int32]) {
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        for number in signals {
            var previous = sigaction()
            if sigaction(number, &ignore, &previous) == 0 { saved.append((number, previous)) }
        }
    }

    func restore() {
        for (number, previous) in saved {
            var action = previous
            sigaction(number, &action, nil)
        }
    }
}
