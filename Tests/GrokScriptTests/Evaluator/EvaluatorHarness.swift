import Foundation
@testable import GrokCore
import GrokSyntax
import Synchronization
@testable import GrokScript

/// Keeps what the evaluator says, as data: the events it emits and the diagnostics it reports.
final class RecordingReporter: Reporter {
    private let events = Mutex<[OutputEvent]>([])
    private let diagnostics = Mutex<[Diagnostic]>([])

    func emit(_ event: OutputEvent) { events.withLock { $0.append(event) } }
    func report(_ diagnostic: Diagnostic, in source: SourceFile) { diagnostics.withLock { $0.append(diagnostic) } }

    var reported: [Diagnostic] { diagnostics.withLock { $0 } }
    var errorIDs: [String] { reported.filter { $0.severity == .error }.map(\.id) }
    var warnings: [String] {
        events.withLock { $0 }.compactMap { if case .warning(let text) = $0 { text } else { nil } }
    }
    var echoes: [String] {
        events.withLock { $0 }.compactMap { if case .echo(let text) = $0 { text } else { nil } }
    }
    var submitted: [String] {
        events.withLock { $0 }.compactMap { if case .submitted(let id, _) = $0 { id } else { nil } }
    }
    var finished: [String] {
        events.withLock { $0 }.compactMap { if case .finished(let info, _) = $0 { "\(info.taskID) \(info.status)" } else { nil } }
    }
    var statuses: [String] {
        events.withLock { $0 }.compactMap { if case .status(let info, _, _) = $0 { "\(info.taskID) \(info.status)" } else { nil } }
    }
    var downloads: [String] {
        events.withLock { $0 }.compactMap { if case .downloaded(let label, let path, _, _) = $0 { "\(label.taskID) \(path)" } else { nil } }
    }
    var uploads: [String] {
        events.withLock { $0 }.compactMap { if case .uploaded(let path, let url) = $0 { "\(path) \(url)" } else { nil } }
    }
    var balances: Int {
        events.withLock { $0 }.filter { if case .balance = $0 { true } else { false } }.count
    }
    var jobs: [[Job]] {
        events.withLock { $0 }.compactMap { if case .jobs(let jobs, _, _) = $0 { jobs } else { nil } }
    }
}

/// One script through the checker and the evaluator (without the rehearsal), in this process, over an
/// `InMemoryVideoService`: a command's effect on the session, its errors and the status.
struct EvaluatorRun {
    let status: ExitStatus
    let session: Session
    let reporter: RecordingReporter
    let service: InMemoryVideoService

    static let baseURL = URL(string: "https://api.example.invalid") ?? URL(fileURLWithPath: "/")

    static func run(
        _ text: String, service: InMemoryVideoService = InMemoryVideoService(), keepGoing: Bool = false,
        variables: [String: String] = [:], directory: String = FileManager.default.temporaryDirectory.path
    ) async -> EvaluatorRun {
        let reporter = RecordingReporter()
        let session = Session(options: SessionOptions(baseURL: baseURL), variables: variables)
        let evaluator = Evaluator(session: session, reporter: reporter, services: service, environment: [:], keepGoing: keepGoing)
        // Checked, then run by the evaluator itself: no rehearsal first, so each runtime check is seen where it happens.
        let checked = Runner.check(SourceFile(name: "t.grok", text: text), context: evaluator.checkContext(directory: directory), reporter: reporter)
        let status = checked.hasErrors ? ExitStatus.usage : await evaluator.run(checked, directory: directory)
        return EvaluatorRun(status: status, session: evaluator.session, reporter: reporter, service: service)
    }
}
