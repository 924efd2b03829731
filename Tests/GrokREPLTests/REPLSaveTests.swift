import Foundation
import TestSupport
import Testing

/// `save PATH`: a pty session is saved, the file holds what succeeded and nothing else, and
/// the saved script runs against the sandbox to the same end.
@Suite(.serialized) struct REPLSaveTests {
    @Test func savedSessionRunsAsAScriptAndReproducesIt() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let terminal = try process.start(["--sandbox", "--sandbox-task-time", "200ms"])
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("set poll-interval 100ms\n")
            terminal.type("prompt \"a cat surfing\"\n")
            terminal.type("ratio 4:3\n")
            try await terminal.waitFor("unsupported ratio '4:3'")
            terminal.type("image https://example.com/cat.png\nshow draft\nhelp wait\n")
            terminal.type("submit as cat\n")
            try await terminal.waitFor("submitted cat")
            terminal.type("wait cat\n")
            try await terminal.waitFor("completed cat (")
            terminal.type("echo done $status\n")
            try await terminal.waitFor("done completed")
            terminal.type("save session.grok\n")
            try await terminal.waitFor("saved 6 entries to session.grok")
            terminal.type("save session.grok\n")
            try await terminal.waitFor("'session.grok' exists; save does not replace a file")
            terminal.type("save! session.grok\n")
            try await terminal.waitFor("the second save") { $0.components(separatedBy: "saved 6 entries to session.grok").count == 3 }
            terminal.type("quit\n")
            #expect(try await terminal.exit() == 2, "the ratio error is the session's status")
        }

        let work = process.scratch.appendingPathComponent("work")
        let saved = try String(contentsOf: work.appendingPathComponent("session.grok"), encoding: .utf8)
        let body = saved.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(body == ["set poll-interval 100ms", "prompt \"a cat surfing\"", "image https://example.com/cat.png",
                         "submit as cat", "wait cat", "echo done $status"], "\(saved)")
        #expect(saved.contains("# grok session saved ") && saved.contains("a sandbox on loopback"))

        let output = process.scratch.appendingPathComponent("run-output").path
        FileManager.default.createFile(atPath: output, contents: nil)
        let pid = try ChildProcess.spawn(
            try REPLProcess.binary(), arguments: ["--sandbox", "--sandbox-task-time", "200ms", "--no-color", "session.grok"],
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                          "HOME": process.scratch.appendingPathComponent("home").path].merging(Sanitizer.environment) { $1 },
            directory: work.path, stdin: .file("/dev/null"), stdout: .file(output), stderr: .file(output))
        #expect(await ChildProcess.wait(pid) == 0)
        let ran = try String(contentsOfFile: output, encoding: .utf8)
        #expect(ran.contains("submitted cat") && ran.contains("completed cat (") && ran.contains("done completed"), "\(ran)")
    }
}
