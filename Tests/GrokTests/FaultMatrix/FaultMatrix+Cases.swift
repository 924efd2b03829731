import GrokSandbox

/// The matrix's axes: every fault the sandbox can inject, each with what grok promises about
/// it, in every phase of one run, once and on every request.
extension FaultMatrixTests {
    struct Phase: Sendable {
        let name: String
        let endpoint: SandboxEndpoint
    }

    struct Fault: Sendable {
        let name: String
        /// Injected in this order, repeated as often as the frequency asks.
        let cycle: [SandboxFault]
        let promise: Promise
        /// An answer that says "still running": a wait goes on polling until its timeout.
        var stillRunning = false

        init(_ name: String, _ fault: SandboxFault, _ promise: Promise, stillRunning: Bool = false) {
            self.init(name, cycle: [fault], promise, stillRunning: stillRunning)
        }

        init(_ name: String, cycle: [SandboxFault], _ promise: Promise, stillRunning: Bool = false) {
            self.name = name
            self.cycle = cycle
            self.promise = promise
            self.stillRunning = stillRunning
        }
    }

    enum Frequency: String, Sendable, CaseIterable {
        case once = "once"
        case always = "every time"
        /// Faults queued for "every time": more than any bounded loop may use.
        var count: Int { self == .once ? 1 : 40 }
    }

    static let phases = [
        Phase(name: "upload", endpoint: .upload), Phase(name: "create", endpoint: .create),
        Phase(name: "query", endpoint: .query), Phase(name: "download", endpoint: .video),
    ]

    static let faults = [
        Fault("HTTP 500", .httpStatus(500), .retried),
        Fault("HTTP 429, Retry-After 0", .rateLimited(retryAfter: 0), .retriedEvenOnCreate),
        Fault("code -1 (busy)", .serverBusy, .retried),
        Fault("dropped connection", .dropConnection, .retried),
        Fault("slow body", .slowBody(chunkDelay: .milliseconds(2)), .harmless),
        Fault("malformed JSON", .malformedJSON, .refused),
        Fault("HTML page", .htmlBody, .refused),
        Fault("empty body", .emptyBody, .refused),
        Fault("wrong Content-Range", .wrongContentRange, .harmless),
        Fault("dropped, then a 206 from byte 0", cycle: [.dropConnection, .wrongContentRange], .droppedThenRestarted),
        Fault("control characters", .controlCharacters, .harmless, stillRunning: true),
        Fault("unknown status, progress 250", .unknownStatus, .harmless, stillRunning: true),
    ]

    /// `retries` as the script sets it.
    static let retries = 2

    static let script = """
        set retries \(retries)
        set poll-interval 100ms
        set max-poll-interval 200ms
        prompt "a cat surfing"
        image cat.png
        submit as cat
        wait cat
        download cat to out/cat.mp4
        """

    static let videoSize = 300_000

    /// Every fault in every phase, once and every time, in the page's order.
    static var cases: [(Fault, Phase, Frequency)] {
        faults.flatMap { fault in phases.flatMap { phase in Frequency.allCases.map { (fault, phase, $0) } } }
    }
}
