import GrokCore
import GrokSyntax

/// `--dry-run`'s effects: a download says what it would fetch, and the run ends with its plan.
final class DryRunEffects: RunEffects {
    private let reporter: any Reporter

    init(reporter: any Reporter) {
        self.reporter = reporter
    }

    func download(_ task: String, to path: String, overwrite: Bool, at range: SourceRange, in source: SourceFile?,
                  fetch: () async throws -> DownloadResult?) async throws -> DownloadResult? {
        reporter.emit(.echo("dry run: would download the video of \(task) to \(path)"))
        return nil
    }

    func finished(_ plan: Plan) {
        reporter.emit(.plan(plan))
    }
}
