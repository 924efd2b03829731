import Foundation
import TestSupport

/// The built `grok` binary, run as a user would: arguments, standard input, environment,
/// working directory; standard output and error captured whole.
struct GrokProcess {
    struct Result: Sendable {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    /// A hang fails the test instead of blocking the suite.
    static let safetyLimit: TimeInterval = 120

    static var packageRoot: URL { BuiltProduct.packageRoot }

    static func run(
        _ arguments: [String], stdin: String? = nil, stdinBytes: [UInt8]? = nil, environment: [String: String] = [:],
        directory: URL? = nil
    ) async throws -> Result {
        try await runProgram(try BuiltProduct.path("grok").path, arguments, stdin: stdin, stdinBytes: stdinBytes,
                             environment: environment, directory: directory)
    }

    /// Any program (a shell running grok, say), run the same way.
    static func runProgram(
        _ program: String, _ arguments: [String], stdin: String? = nil, stdinBytes: [UInt8]? = nil, environment: [String: String] = [:],
        directory: URL? = nil
    ) async throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("grok-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        FileManager.default.createFile(atPath: inURL.path, contents: Data(stdinBytes ?? Array((stdin ?? "").utf8)))

        var base = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("JIMMYAI_") && $0.key != "GROK_STATE_DIR" }
        base["NO_COLOR"] = "1"
        let pid = try ChildProcess.spawn(
            program, arguments: arguments, environment: base.merging(environment) { $1 }, directory: directory?.path,
            stdin: .file(inURL.path), stdout: .file(outURL.path), stderr: .file(errURL.path))
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + safetyLimit, execute: watchdog)
        let status = await ChildProcess.wait(pid)
        watchdog.cancel()
        let stdout = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
        let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        return Result(stdout: stdout, stderr: stderr, status: status)
    }
}
