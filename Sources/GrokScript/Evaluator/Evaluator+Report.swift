import GrokCore
import GrokSyntax

extension Evaluator {
    /// `report PATH`: what the service provider writes (the real one; a dry run or the
    /// rehearsal writes nothing and says so).
    func report(to path: String, at range: SourceRange) async throws {
        let count: Int?
        do { count = try await services.writeReport(html: path, for: session.options) } catch {
            throw RuntimeFailure(.reportFailed(path: path, reason: error.reason), at: range)
        }
        reporter.emit(.echo(count.map { "wrote \(path): \($0) task\($0 == 1 ? "" : "s")" } ?? "would write the report \(path)"))
    }
}
