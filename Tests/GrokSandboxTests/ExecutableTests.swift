import Foundation
import Synchronization
import TestSupport
import Testing

/// Runs the built `grok-sandbox` binary.
@Suite struct ExecutableTests {
    @Test func printsItsURLServesAndExitsCleanlyOnSIGINT() async throws {
        let keyFile = FileManager.default.temporaryDirectory.appendingPathComponent("grok-sandbox-key-\(UUID().uuidString)")
        try Data("sk-e2e\n".utf8).write(to: keyFile)
        defer { try? FileManager.default.removeItem(at: keyFile) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyFile.path)

        let run = try SandboxProcess(arguments: ["--port", "0", "--quiet", "--api-key-file", keyFile.path])
        defer { run.kill() }
        let firstLine = try #require(await run.readFirstLine())
        let url = try #require(URL(string: firstLine))
        #expect(url.scheme == "http")
        #expect(url.host == "127.0.0.1")
        let port = try #require(url.port)

        let wrong = try await RawHTTPExchange.get("/api/open-api/v1/user/balance", port: port, headers: "Authorization: Bearer nope\r\n")
        #expect(wrong.statusLine == "HTTP/1.1 401 Unauthorized")
        let right = try await RawHTTPExchange.get("/api/open-api/v1/user/balance", port: port, headers: "Authorization: Bearer sk-e2e\r\n")
        #expect(right.statusLine == "HTTP/1.1 200 OK")

        run.interrupt()
        #expect(await run.waitUntilExit() == 0)
    }

    @Test func refusesAKeyFileOthersCanRead() async throws {
        let keyFile = FileManager.default.temporaryDirectory.appendingPathComponent("grok-sandbox-key-\(UUID().uuidString)")
        try Data("sk-e2e\n".utf8).write(to: keyFile)
        defer { try? FileManager.default.removeItem(at: keyFile) }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: keyFile.path)

        let run = try SandboxProcess(arguments: ["--port", "0", "--api-key-file", keyFile.path])
        defer { run.kill() }
        #expect(await run.waitUntilExit() != 0)
        #expect(await run.readFirstLine() == nil)
        #expect(await run.standardError().contains("must be 600 or 400"))
    }
}

/// A running `grok-sandbox`, killed after `safetyLimit` at the latest so a hang fails the test instead of
/// blocking it. The limit only catches hangs: with the whole suite starting at once on a loaded machine, a
/// healthy run can take more than a minute to be scheduled, so it must be far longer than that.
final class SandboxProcess: Sendable {
    let pid: pid_t
    private let output = Pipe()
    private let errors = Pipe()
    private let exitStatus = Mutex<Int32?>(nil)
    static let safetyLimit = 600

    init(arguments: [String]) throws {
        pid = try ChildProcess.spawn(
            try BuiltProduct.path("grok-sandbox").path, arguments: arguments, environment: ProcessInfo.processInfo.environment, directory: nil,
            stdin: .file("/dev/null"), stdout: .descriptor(output.fileHandleForWriting.fileDescriptor),
            stderr: .descriptor(errors.fileHandleForWriting.fileDescriptor))
        try output.fileHandleForWriting.close()
        try errors.fileHandleForWriting.close()
        let pid = pid
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(Self.safetyLimit)) { _ = Glibc.kill(pid, SIGKILL) }
    }

    func interrupt() {
        Glibc.kill(pid, SIGINT)
    }

    func kill() {
        if exitStatus.withLock({ $0 }) == nil { Glibc.kill(pid, SIGTERM) }
    }

    /// The exit status once the process has ended (128 + signal when a signal ended it).
    @discardableResult
    func waitUntilExit() async -> Int32 {
        if let status = exitStatus.withLock({ $0 }) { return status }
        let status = await ChildProcess.wait(pid)
        exitStatus.withLock { $0 = status }
        return status
    }

    /// Waits for a newline or the end of output.
    func readFirstLine() async -> String? {
        let handle = output.fileHandleForReading
        return try? await offThePool { Self.readLine(handle) }
    }

    func standardError() async -> String {
        let handle = errors.fileHandleForReading
        return (try? await offThePool { String(decoding: handle.readDataToEndOfFile(), as: UTF8.self) }) ?? ""
    }

    private static func readLine(_ handle: FileHandle) -> String? {
        var line: [UInt8] = []
        while true {
            let chunk = handle.readData(ofLength: 1)
            guard let byte = chunk.first else { return line.isEmpty ? nil : String(decoding: line, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { return String(decoding: line, as: UTF8.self) }
            line.append(byte)
        }
    }
}
