import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts a program with only standard input, output and error open. Foundation's
/// `Process` lets a child inherit every descriptor of the test process, including the
/// sockets of the sandboxes other tests are running: a child holding a copy keeps a
/// closed connection open, and those tests then wait for an end that never comes.
public enum ChildProcess {
    /// Where a child's standard stream goes: a file, or a descriptor of this process (a pipe's end).
    public enum Stream {
        case file(String)
        case descriptor(Int32)
    }

    public struct SpawnFailed: Error, CustomStringConvertible {
        let call: String
        let code: Int32
        public var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc ≥ 2.34 has both; the Swift overlay does not declare them.
    private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
        guard let handle = dlopen(nil, RTLD_NOW), let pointer = dlsym(handle, name) else { return nil }
        return unsafeBitCast(pointer, to: type)
    }

    /// Spawns `executable` and returns its pid.
    public static func spawn(
        _ executable: String, arguments: [String], environment: [String: String], directory: String?,
        stdin: Stream, stdout: Stream, stderr: Stream
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let directory {
            guard let addChdir = symbol("posix_spawn_file_actions_addchdir_np", as: AddChdir.self) else {
                throw SpawnFailed(call: "posix_spawn_file_actions_addchdir_np", code: ENOSYS)
            }
            _ = addChdir(&actions, directory)
        }
        for (target, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, target, path, target == 0 ? O_RDONLY : O_WRONLY | O_TRUNC | O_CREAT, 0o644)
            case .descriptor(let descriptor):
                posix_spawn_file_actions_adddup2(&actions, descriptor, target)
            }
        }
        guard let closeFrom = symbol("posix_spawn_file_actions_addclosefrom_np", as: CloseFrom.self) else {
            throw SpawnFailed(call: "posix_spawn_file_actions_addclosefrom_np", code: ENOSYS)
        }
        _ = closeFrom(&actions, 3)

        var pid: pid_t = 0
        let code = withSpawnArguments(executable, arguments, environment) { argv, envp in
            posix_spawn(&pid, executable, &actions, nil, argv, envp)
        }
        guard code == 0 else { throw SpawnFailed(call: "posix_spawn", code: code) }
        return pid
    }

    /// `argv` (the executable first) and `envp` as C arrays for `posix_spawn`, freed after `body`.
    public static func withSpawnArguments<Result>(_ executable: String, _ arguments: [String], _ environment: [String: String],
                                                  _ body: ([UnsafeMutablePointer<CChar>?], [UnsafeMutablePointer<CChar>?]) -> Result) -> Result {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        return body(argv, envp)
    }

    /// Waits on a Dispatch thread (not the concurrency pool) and returns the exit status,
    /// or 128 + the signal that ended it.
    public static func wait(_ pid: pid_t) async -> Int32 {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                let exited = status & 0x7F == 0
                continuation.resume(returning: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
            }
        }
    }
}
