/// One server's side of the journal, read only: what a name or `.latest` means there, and
/// which videos were saved where. The rehearsal reads it as the run will.
public struct JournalView: Sendable {
    public let journal: Journal
    public let origin: ServerOrigin

    public init(journal: Journal, origin: ServerOrigin) {
        self.journal = journal
        self.origin = origin
    }

    public func resolve(_ reference: JobReference) async throws(GrokError) -> Job? {
        try await journal.resolve(reference, on: origin)
    }

    /// See `VideoService.savedVideo`.
    public func savedVideo(of taskID: String, at path: String) async -> Int64? {
        (try? await journal.savedVideo(of: taskID, at: path, on: origin)) ?? nil
    }
}
