import Foundation
import GrokCore
import GrokSyntax

/// `jobs` as a table and `show job` as details.
enum JobTable {
    /// `hosts`: a first column names each job's server (`?` when an older journal did not say).
    /// `width`: the terminal's, which no row reaches (cells cut with `…`, see `JobTableFit`);
    /// `nil` off a terminal, where nothing is cut. Columns are aligned by terminal cells, so
    /// CJK names and prompts keep them straight.
    static func render(_ jobs: [Job], now: Date, hosts: Bool = false, width: Int? = nil) -> String {
        guard !jobs.isEmpty else { return "no tasks in the journal" }
        let columns: [JobTableFit.Column] = (hosts ? [.host] : []) + [.name, .task, .status, .age, .prompt, .file]
        let header = (hosts ? ["HOST"] : []) + ["NAME", "TASK", "STATUS", "AGE", "PROMPT", "FILE"]
        // Everything but the age was read from the journal, and came from a server before that.
        let rows = jobs.map { job in
            ((hosts ? [job.origin?.host ?? "?"] : []) + [job.name ?? "-", job.taskID ?? "-", state(of: job),
             age(job.submittedAt ?? job.updatedAt, now: now), excerpt(job.prompt ?? "", 32), job.file ?? "-"]).map(\.escapingControlCharacters)
        }
        var natural: [JobTableFit.Column: Int] = [:]
        for (index, column) in columns.enumerated() {
            natural[column] = ([header] + rows).map { DisplayWidth.of($0[index]) }.max() ?? 0
        }
        let room = width.map { max(0, $0 - 1) }
        let (widths, fits) = room.map { JobTableFit.widths(natural, room: $0) } ?? (natural, true)
        return ([header] + rows).map { row in
            let shown = columns.indices.filter { widths[columns[$0]] != nil }
            let line = shown.map { index in
                let column = columns[index], width = widths[column] ?? 0
                let cell = column == .file ? DisplayFit.shortenedPath(row[index], to: width) : DisplayFit.truncated(row[index], to: width)
                return index == shown.last ? cell : DisplayFit.padded(cell, to: width)
            }.joined(separator: "  ")
            return fits ? line : DisplayFit.truncated(line, to: room ?? 0)
        }.joined(separator: "\n")
    }

    static func details(_ job: Job, now: Date) -> String {
        var lines: [(String, String)] = [
            ("name", job.name ?? "-"), ("task", job.taskID ?? "-"), ("status", state(of: job)),
        ]
        if let progress = job.progress { lines.append(("progress", "\(Int(progress))%")) }
        if let submitted = job.submittedAt { lines.append(("submitted", age(submitted, now: now) + " ago")) }
        if let prompt = job.prompt { lines.append(("prompt", prompt)) }
        if let url = job.videoURL { lines.append(("video", url.absoluteString)) }
        if let error = job.errorMessage { lines.append(("error", error)) }
        if let file = job.file { lines.append(("file", file)) }
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1.escapingControlCharacters }
            .joined(separator: "\n")
    }

    static func state(of job: Job) -> String {
        switch job.confirmation {
        case .unconfirmed: return "unconfirmed"
        case .rejected: return "rejected"
        case .created, .external: return job.status?.description ?? "unknown"
        }
    }

    static func age(_ date: Date, now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(date)))
        switch seconds {
        case ..<60: return "\(seconds)s"
        case ..<3600: return "\(seconds / 60)m"
        case ..<86400: return "\(seconds / 3600)h"
        default: return "\(seconds / 86400)d"
        }
    }

    /// At most `limit` terminal cells of `text` on one line.
    static func excerpt(_ text: String, _ limit: Int) -> String {
        DisplayFit.truncated(text.replacingOccurrences(of: "\n", with: " "), to: limit)
    }
}
