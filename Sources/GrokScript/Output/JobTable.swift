import Foundation
import GrokCore

/// `jobs` as a table and `show job` as details.
enum JobTable {
    /// `hosts`: a first column names each job's server (`?` when an older journal did not say).
    static func render(_ jobs: [Job], now: Date, hosts: Bool = false) -> String {
        guard !jobs.isEmpty else { return "no tasks in the journal" }
        let header = (hosts ? ["HOST"] : []) + ["NAME", "TASK", "STATUS", "AGE", "PROMPT", "FILE"]
        // Everything but the age was read from the journal, and came from a server before that.
        let rows = jobs.map { job in
            ((hosts ? [job.origin?.host ?? "?"] : []) + [job.name ?? "-", job.taskID ?? "-", state(of: job),
             age(job.submittedAt ?? job.updatedAt, now: now), excerpt(job.prompt ?? "", 32), job.file ?? "-"]).map(\.escapingControlCharacters)
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.indices.map { index in
                index == row.count - 1 ? row[index] : row[index].padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
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

    static func excerpt(_ text: String, _ limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
