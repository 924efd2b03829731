import Foundation
import GrokCore
import Mustache

/// The JUnit report: one test suite per script, one test case per task, oldest first. A
/// task that succeeded passes; one that failed or whose create was refused has a
/// `<failure>`; one still running (a wait that timed out, or no wait) or whose create may
/// have happened has an `<error>`.
public struct JUnitReport {
    struct Problem {
        let message: String
        let kind: String
    }

    struct Case {
        let caseName: String
        let caseTime: String
        let line: Int?
        let failure: Problem?
        let error: Problem?
        let output: String
    }

    struct Suite {
        let suiteName: String
        let tests: Int
        let failures: Int
        let errors: Int
        let time: String
        let timestamp: String
        let cases: [Case]
    }

    struct Document {
        let tests: Int
        let failures: Int
        let errors: Int
        let time: String
        let timestamp: String
        let suites: [Suite]
    }

    /// The suite of tasks whose create named no script (older journal lines, or a task
    /// submitted elsewhere and only waited for here).
    public static let unknownScript = "(no script recorded)"

    public let tasks: [ReportTask]
    public let generatedAt: Date

    public init(jobs: [Job], generatedAt: Date = Date()) {
        self.tasks = jobs.map(ReportTask.init)
        self.generatedAt = generatedAt
    }

    /// Throws only if the template of this module does not parse, which its tests would show.
    public func render() throws -> String {
        var order: [String] = []
        var byScript: [String: [ReportTask]] = [:]
        for task in tasks.enumerated().sorted(by: { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }).map(\.element) {
            let script = task.job.provenance.script ?? Self.unknownScript
            if byScript[script] == nil { order.append(script) }
            byScript[script, default: []].append(task)
        }
        let suites = order.map { suite(named: $0, byScript[$0] ?? []) }
        let document = Document(
            tests: tasks.count, failures: suites.reduce(0) { $0 + $1.failures }, errors: suites.reduce(0) { $0 + $1.errors },
            time: Self.seconds(tasks.reduce(0) { $0 + ($1.waited ?? 0) }), timestamp: Self.timestamp(generatedAt), suites: suites)
        return try Self.template.get().render(document)
    }

    private func suite(named name: String, _ tasks: [ReportTask]) -> Suite {
        let cases = tasks.map(Self.testCase)
        return Suite(suiteName: name, tests: cases.count, failures: cases.count { $0.failure != nil }, errors: cases.count { $0.error != nil },
                     time: Self.seconds(tasks.reduce(0) { $0 + ($1.waited ?? 0) }),
                     timestamp: Self.timestamp(tasks.first?.time ?? generatedAt), cases: cases)
    }

    private static func testCase(_ task: ReportTask) -> Case {
        let job = task.job
        let name = job.name.map { name in job.taskID.map { "\(name) (\($0))" } ?? name } ?? job.taskID ?? ""
        var failure: Problem?
        var error: Problem?
        switch task.outcome {
        case .succeeded: break
        case .failed: failure = Problem(message: task.reason ?? task.statusText, kind: task.statusText)
        case .unconfirmed: error = Problem(message: task.reason ?? "", kind: "create unconfirmed")
        case .running:
            error = Problem(message: "not finished: still \(task.statusText) when the report was written (the wait timed out, or there was none)",
                            kind: "not finished")
        }
        let output = [job.prompt.map { "prompt: \($0)" }, job.file.map { "video: \($0)" }, job.videoURL.map { "video URL: \($0.absoluteString)" }]
        return Case(caseName: name.isEmpty ? "unnamed create \(job.attempt ?? "")" : name, caseTime: seconds(task.waited ?? 0),
                    line: job.provenance.line, failure: failure, error: error, output: output.compactMap { $0 }.joined(separator: "\n"))
    }

    private static func seconds(_ interval: TimeInterval) -> String { String(format: "%.3f", interval) }

    /// As the JUnit schema has it: ISO 8601 without a zone (UTC here).
    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return formatter.string(from: date)
    }

    static let template = Result {
        MustacheContentTypes.register(XMLContent(), named: XMLContent.name)
        return try MustacheTemplate(string: JUnitTemplate.document)
    }
}
