import Foundation
import TestSupport

/// A page under `docs/` that a test writes from what a run did. The committed copy must be
/// what the run produces, so a change in grok's behaviour shows as a failing test and then
/// as a diff to review; `RECORD=1` rewrites the page instead of comparing.
struct CommittedPage {
    let url: URL
    /// The suite whose run writes the page.
    let suite: String

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD"] == "1" }

    init(_ path: String, suite: String) {
        self.init(url: BuiltProduct.packageRoot.appendingPathComponent(path), suite: suite)
    }

    init(url: URL, suite: String) {
        self.url = url
        self.suite = suite
    }

    /// The lines by which the committed page differs from `text` (at most `limit` of each
    /// kind), with how to rewrite it; empty when they agree, or when `recording` rewrote it.
    func differences(from text: String, recording: Bool = Self.recording, limit: Int = 12) throws -> [String] {
        if recording {
            try Data(text.utf8).write(to: url)
            return []
        }
        let committed = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        guard committed != text else { return [] }
        let change = text.split(separator: "\n", omittingEmptySubsequences: false)
            .difference(from: committed.split(separator: "\n", omittingEmptySubsequences: false))
        let removed = change.removals.prefix(limit).map { change -> String in
            guard case .remove(let offset, let line, _) = change else { return "" }
            return "- line \(offset + 1), committed: \(line)"
        }
        let inserted = change.insertions.prefix(limit).map { change -> String in
            guard case .insert(let offset, let line, _) = change else { return "" }
            return "+ line \(offset + 1), this run: \(line)"
        }
        return ["\(url.lastPathComponent) is not what this run produced (\(change.removals.count) lines removed, "
                + "\(change.insertions.count) added): review the change, then rewrite it with RECORD=1 swift test --filter \(suite)"]
            + removed + inserted
    }
}
