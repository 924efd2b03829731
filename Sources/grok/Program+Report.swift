import Foundation
import GrokCore
import GrokReport
import GrokScript

/// `grok report`, and the reports a run writes (`--report-html`, `--report-junit`).
extension Program {
    func report(_ files: ReportFiles, selection: ReportSelection) async -> ExitStatus {
        let reporter = makeReporter(redactor: .none)
        // A report needs no key; one that loads hides itself, should a journal line hold it.
        let redactor = (try? KeySource.load(keyFile: options.apiKeyFile, environment: environment))?.redactor ?? .none
        let origin: ServerOrigin
        do { origin = try currentOrigin() } catch {
            fail(error.description, hint: error.hint, reporter: reporter)
            return .usage
        }
        let jobs: [Job]
        do {
            let journal = try Journal(directory: StateDirectory.resolve(explicit: options.stateDir, environment: environment))
            jobs = try await selection.jobs(from: journal, on: origin)
        } catch let error as GrokError {
            fail(error.description, hint: error.hint, reporter: reporter)
            return error.exitStatus
        } catch {
            let word = (error as? ReportSelection.Unknown)?.word ?? ""
            fail("no task '\(word)' in the journal of \(origin.host)", hint: "grok report all shows every task the journal holds", reporter: reporter)
            return .runtimeError
        }
        guard write(files, jobs: jobs, origin: origin, redactor: redactor, reporter: reporter) else { return .runtimeError }
        let count = "\(jobs.count) task\(jobs.count == 1 ? "" : "s")"
        for path in [files.html, files.junit].compactMap({ $0 }) { reporter.emit(.echo("wrote \(path): \(count)")) }
        return .success
    }

    /// After a run (or a REPL session), whatever its status: the tasks it created or
    /// touched. A report that cannot be written is an error of its own: the run's status
    /// stands when the run failed, and becomes 1 when it had succeeded, so CI sees it.
    func writeRunReport(journal: Journal, after status: ExitStatus, redactor: Redactor, reporter: any Reporter) async -> ExitStatus {
        let files = ReportFiles(html: options.reportHtml, junit: options.reportJunit)
        guard files.html != nil || files.junit != nil else { return status }
        if options.dryRun {
            for path in [files.html, files.junit].compactMap({ $0 }) { reporter.emit(.echo("would write the report \(path)")) }
            return status
        }
        let failed: ExitStatus = status == .success ? .runtimeError : status
        let jobs: [Job]
        do { jobs = try await journal.jobsRecordedHere() } catch {
            fail("cannot write the report: \(error.description)", hint: nil, reporter: reporter)
            return failed
        }
        let origin = (try? currentOrigin()) ?? .sandbox
        return write(files, jobs: jobs, origin: origin, redactor: redactor, reporter: reporter) ? status : failed
    }

    /// The server a run with these options talks to, as the journal names it.
    private func currentOrigin() throws(GrokError) -> ServerOrigin {
        options.sandbox ? .sandbox : ServerOrigin(baseURL: try resolveBaseURL())
    }

    private func write(_ files: ReportFiles, jobs: [Job], origin: ServerOrigin, redactor: Redactor, reporter: any Reporter) -> Bool {
        do {
            try files.write(jobs: jobs, servers: ReportServers.of(jobs, else: origin), redactor: redactor)
            return true
        } catch {
            fail("cannot write the report '\(error.path)': \(error.reason)", hint: nil, reporter: reporter)
            return false
        }
    }
}
