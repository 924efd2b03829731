import Foundation
import GrokCore
import GrokSyntax

/// What differs between a real run, `--dry-run` and the rehearsal, besides the service and
/// the reporter they are given: the clock, the files a command writes, and the rehearsal's
/// own accounting. Injected into the one evaluator, which never asks which run it is in.
/// The defaults are a real run's.
protocol RunEffects: AnyObject, Sendable {
    /// Before each statement: a rehearsal counts it, and stops a run too long to rehearse.
    func willRun(_ range: SourceRange, in source: SourceFile) throws
    /// A variable's value was read by the statement being run.
    func didRead(_ value: String)
    /// Whether the failure of the statement being run is this run's to report.
    var judgesFailure: Bool { get }
    /// A value from a server's answer as the session keeps it (`$task`, `$status`, …).
    func answer(_ value: String) -> String
    /// After a create, under the `max-tasks` set at that point.
    func didCreate(maxTasks: Int?, at range: SourceRange, in source: SourceFile) throws
    /// `sleep`.
    func sleep(for duration: Duration) async throws
    /// How often a wait's clock ticks on screen; `nil`: no clock.
    var tick: Duration? { get }
    /// Writes a file the user asked for (`save`); refuses to replace one unless `replacing`.
    func write(_ text: String, to path: String, replacing: Bool) throws(FileWriteError)
    /// Downloads a video with `fetch`, or says what it would do instead (`nil`). `range` is
    /// the command's, in `source`.
    func download(_ task: String, to path: String, overwrite: Bool, at range: SourceRange, in source: SourceFile?,
                  fetch: () async throws -> DownloadResult?) async throws -> DownloadResult?
    /// After a run that was rehearsed with this plan.
    func finished(_ plan: Plan)
}

/// Why `save` wrote nothing.
enum FileWriteError: Error {
    case exists
    case failed(reason: String)
}

extension RunEffects {
    func willRun(_ range: SourceRange, in source: SourceFile) throws {}
    func didRead(_ value: String) {}
    var judgesFailure: Bool { true }
    func answer(_ value: String) -> String { value }
    func didCreate(maxTasks: Int?, at range: SourceRange, in source: SourceFile) throws {}

    func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }

    var tick: Duration? { .seconds(1) }

    func write(_ text: String, to path: String, replacing: Bool) throws(FileWriteError) {
        if !replacing, FileManager.default.fileExists(atPath: path) { throw .exists }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw .failed(reason: error.localizedDescription)
        }
    }

    func download(_ task: String, to path: String, overwrite: Bool, at range: SourceRange, in source: SourceFile?,
                  fetch: () async throws -> DownloadResult?) async throws -> DownloadResult? {
        try await fetch()
    }

    func finished(_ plan: Plan) {}
}

/// A real run: every effect as its default.
final class LiveEffects: RunEffects {}
