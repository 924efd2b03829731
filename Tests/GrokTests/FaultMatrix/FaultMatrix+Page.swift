/// `docs/reliability.md`, written from the matrix's rows and the edge cases' rows. Nothing on
/// it depends on the run (no timing, port, scratch path or request count; words that vary
/// are replaced by `Promise.steadyWords`), so the committed page is compared with it as it is.
extension FaultMatrixTests {
    struct Row: Sendable {
        let fault: String
        let phase: String
        let frequency: Frequency
        let outcome: String
        let result: Outcome
    }

    static let page = CommittedPage("docs/reliability.md", suite: "FaultMatrixTests")

    static func document(_ rows: [Row], edges: [EdgeCase.Row]) -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "`", with: "'") }
        var text = """
            # Reliability: every fault in every phase

            Written by `swift test --filter FaultMatrixTests` (Tests/GrokTests/FaultMatrix/); do not
            edit by hand: the test fails when this page differs from what its run produces, and
            `RECORD=1` rewrites it. Each row is one run of the built `grok` against a sandbox on
            loopback that injects the fault on one endpoint, once or on every request, with this
            script (`cat.png` is a local file, so it is uploaded before the create):

            ```
            \(script)
            ```

            Each row's exit status, creates sent and file written are what grok promises for that
            fault (`FaultMatrixTests.Promise`: a network error, HTTP 5xx, 429 or code -1 is
            retried on uploads, queries and downloads; a create is sent again only after a 429;
            an answer that is neither the API's JSON nor a video is refused at once), and the
            test fails on any difference. Checked in every row as well:
            no raw control character reaches standard output or error; at most one task is
            created; a file is written exactly when grok exits 0, and then it is the whole video
            (\(videoSize) bytes, an MP4 `ftyp` box); requests to the faulted endpoint stay bounded
            (except polls answered "still running", which a wait repeats until its timeout, as it
            must). Exit statuses: 0 success, 1 runtime error, 4 wait timed out, 5 task failed.

            | fault | phase | how often | what grok did | exit | creates sent | file written |
            |---|---|---|---|---|---|---|

            """
        for row in rows {
            text += "| \(cell(row.fault)) | \(row.phase) | \(row.frequency.rawValue) | \(cell(row.outcome)) | \(row.result.exit) "
                + "| \(row.result.creates) | \(row.result.fileWritten ? "yes" : "no") |\n"
        }
        text += """

            ## Edges around the run

            What is already on disk, text cut near the key, one journal shared by several servers,
            a server that is not there, a run's money: each row is one run of the built `grok`
            (`EdgeCase` in Tests/GrokTests/EdgeCases*.swift); the last column is what the run
            checked. The downloads run `\(SymlinkedPartTests.download)`.

            | edge | set-up | what grok did | exit | checked |
            |---|---|---|---|---|

            """
        for edge in edges {
            text += "| \(cell(edge.edge)) | \(cell(edge.setUp)) | \(cell(edge.outcome)) | \(edge.exit) | \(cell(edge.checked)) |\n"
        }
        return text
    }
}
