/// What a run will do that costs money or moves files, as its rehearsal counted it
/// (SPEC §3.6): `grok check` prints it, `--dry-run` ends with it, `max-tasks` bounds it.
public struct Plan: Sendable, Equatable {
    /// Create calls: each one a paid task.
    public var creates = 0
    /// Seconds of video the creates ask for.
    public var videoSeconds = 0
    public var uploads = 0
    public var downloads = 0
    /// Whether the creates cost money (not on `--sandbox`).
    public var paid = true

    public init() {}

    /// `plan: 5 paid tasks (50 s of video), 1 upload, 2 downloads`; `5 sandbox tasks` when free.
    public var text: String {
        let tasks = Self.count(creates, paid ? "paid task" : "sandbox task") + (creates > 0 ? " (\(videoSeconds) s of video)" : "")
        return "plan: " + [tasks, Self.count(uploads, "upload"), Self.count(downloads, "download")].joined(separator: ", ")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
