import Foundation
@testable import GrokCore
import GrokSyntax
import Synchronization
import Testing
@testable import GrokScript

/// Collects what a reporter writes.
final class BufferStream: TextOutput {
    private let buffer = Mutex("")
    func write(_ text: String) { buffer.withLock { $0 += text } }
    var text: String { buffer.withLock { $0 } }
}

@Suite struct OutputTests {
    let out = BufferStream()
    let err = BufferStream()

    func text(terminal: Terminal = .plain, quiet: Bool = false) -> TextReporter {
        TextReporter(out: out, err: err, terminal: terminal, quiet: quiet, columns: { 80 })
    }

    static let running = TaskInfo(taskID: "t1", status: TaskStatus("processing"), progress: 40)

    @Test func notATerminalPrintsOneLinePerStatusChange() {
        let reporter = text()
        reporter.emit(.waitStarted([TaskLabel(taskID: "t1", name: "cat")]))
        reporter.emit(.status(TaskInfo(taskID: "t1", status: .queued), name: "cat", elapsed: .seconds(1)))
        reporter.emit(.status(Self.running, name: "cat", elapsed: .seconds(2)))
        reporter.emit(.status(TaskInfo(taskID: "t1", status: TaskStatus("processing"), progress: 80), name: "cat", elapsed: .seconds(3)))
        reporter.emit(.finished(TaskInfo(taskID: "t1", status: TaskStatus("completed"), progress: 100,
                                         videoURL: URL(string: "https://cdn.test/t1.mp4")), name: "cat"))
        reporter.emit(.waitEnded)
        #expect(out.text == """
            cat (t1) queued
            cat (t1) processing 40%
            completed cat (t1): https://cdn.test/t1.mp4

            """)
        #expect(!out.text.contains("\u{1B}"))
    }

    @Test func terminalRedrawsTheBoardInPlace() {
        let terminal = Terminal(stdoutIsTerminal: true, stderrIsTerminal: true, colorOnStdout: false, colorOnStderr: false)
        let reporter = text(terminal: terminal)
        reporter.emit(.waitStarted([TaskLabel(taskID: "t1", name: "cat")]))
        reporter.emit(.status(Self.running, name: "cat", elapsed: .seconds(2)))
        let frames = out.text.components(separatedBy: "\r\u{1B}[1A\u{1B}[J")
        #expect(frames.count == 2, "the first frame is erased before the second: \(out.text.debugDescription)")
        #expect(out.text.hasSuffix("cat  [########............]  40%  processing  0s\n"))
    }

    @Test func tickRedrawsTheBoardOnlyDuringAWait() {
        let terminal = Terminal(stdoutIsTerminal: true, stderrIsTerminal: true, colorOnStdout: false, colorOnStderr: false)
        let reporter = text(terminal: terminal)
        reporter.emit(.tick)
        #expect(out.text.isEmpty)
        reporter.emit(.waitStarted([TaskLabel(taskID: "t1", name: "cat")]))
        let before = out.text
        reporter.emit(.tick)
        #expect(out.text.count > before.count)
        #expect(out.text.hasSuffix("waiting  0s\n"))
        reporter.emit(.waitEnded)
        let after = out.text
        reporter.emit(.tick)
        #expect(out.text == after)
    }

    @Test func quietLeavesOutInformationButNotResults() {
        let reporter = text(quiet: true)
        reporter.emit(.submitted(taskID: "t1", name: "cat"))
        reporter.emit(.echo("hello"))
        #expect(out.text == "hello\n")
    }

    @Test func colourOnlyWhenAllowed() {
        let coloured = Terminal(stdoutIsTerminal: true, stderrIsTerminal: true, colorOnStdout: true, colorOnStderr: true)
        let reporter = text(terminal: coloured)
        reporter.emit(.finished(TaskInfo(taskID: "t1", status: TaskStatus("failed"), errorMessage: "nope"), name: nil))
        #expect(out.text.contains("\u{1B}[31mfailed\u{1B}[0m t1: nope"))
        reporter.setColor(.off)
        reporter.emit(.finished(TaskInfo(taskID: "t2", status: TaskStatus("failed")), name: nil))
        #expect(out.text.hasSuffix("failed t2\n"))
    }

    @Test func noColorEnvironmentTurnsColourOff() {
        let terminal = Terminal.detect(noColor: false, environment: ["NO_COLOR": "1"])
        #expect(!terminal.colorOnStdout)
        #expect(!terminal.colorOnStderr)
    }

    @Test func jsonEventsAreOneObjectPerLine() throws {
        let reporter = JSONReporter(out: out, err: err)
        reporter.emit(.submitted(taskID: "t1", name: "cat"))
        reporter.emit(.finished(TaskInfo(taskID: "t1", status: TaskStatus("success"), progress: 100), name: "cat"))
        // The trace's steps are text only; with --json each exchange is one event once it ends.
        let wire = WireLog()
        let request = TraceEvent(exchange: 1, kind: .request(method: "GET", url: "http://h/x", headers: [], body: nil),
                                 detail: WireDetail(date: Date(timeIntervalSince1970: 0), headers: [], body: nil))
        reporter.emit(.trace(request))
        wire.record(request)
        let exchange = try #require(wire.record(TraceEvent(exchange: 1, kind: .failure(message: "x", elapsed: .zero))))
        reporter.emit(.tracedExchange(exchange))
        #expect(out.text == """
            {"event":"submitted","task_id":"t1","name":"cat"}
            {"event":"completed","task_id":"t1","name":"cat","status":"completed","progress":100}

            """)
        #expect(err.text == #"{"event":"exchange","n":1,"started":"1970-01-01T00:00:00.000Z","method":"GET","url":"http://h/x","#
            + #""request_headers":{},"request_body":null,"request_body_bytes":0,"status":null,"error":"x","ms":0}"# + "\n")
    }

    @Test func jsonErrorsCarryTheirPosition() {
        let source = SourceFile(name: "demo.grok", text: "echo\nratio 4:3\n")
        let reporter = JSONReporter(out: out, err: err)
        reporter.report(Diagnostic(id: "check.invalid-value", message: "unsupported ratio '4:3'", range: SourceRange(start: 11, end: 14),
                                   label: "expected one of 16:9"), in: source)
        #expect(err.text == #"{"event":"error","id":"check.invalid-value","message":"unsupported ratio '4:3'","file":"demo.grok","line":2,"column":7,"end_line":2,"end_column":10,"label":"expected one of 16:9"}"# + "\n")
    }

    @Test func curlQuotesForTheShellAndLeavesTheKeyToIt() {
        let request = CreateRequest(model: "grok-imagine-video-1.5", prompt: "it's a cat", imageURL: "https://e.com/c.png",
                                    duration: 10, ratio: nil, orientation: nil)
        let text = CurlCommand.create(baseURL: URL(string: "https://api.test")!, request: request, uploading: nil)
        #expect(text == """
            curl -sS -X POST 'https://api.test/api/open-api/v1/grok/videos' \\
              -H "Authorization: Bearer $JIMMYAI_API_KEY" \\
              -H 'Content-Type: application/json' \\
              -d '{"model":"grok-imagine-video-1.5","prompt":"it'\\''s a cat","duration":10,"image_urls":["https://e.com/c.png"]}'
            """)
    }

    @Test func curlForALocalImageUploadsItFirst() {
        let request = CreateRequest(model: "m", prompt: "p", imageURL: "upload://cat.png", duration: 10, ratio: nil, orientation: nil)
        let text = CurlCommand.create(baseURL: URL(string: "https://api.test")!, request: request, uploading: "cat.png")
        #expect(text.contains("-F 'file=@cat.png'"))
        #expect(text.hasPrefix("# first upload the local image"))
    }

    @Test func redactingStreamHidesTheKeyButNotTheShellVariable() {
        let stream = RedactingStream(out, redactor: Redactor(secrets: ["fake-secret-1"]))
        stream.write("key fake-secret-1 and Bearer $JIMMYAI_API_KEY\n")
        #expect(out.text == "key *** and Bearer $JIMMYAI_API_KEY\n")
    }
}
