/// The variables commands set (SPEC §3.2): `submit`, `wait` and `status` set
/// `$task` and `$status`, and so on. `let` and `for` may not rebind them.
public enum BuiltinVariable: String, CaseIterable, Sendable {
    case task
    case status
    case progress
    case videoURL = "video_url"
    case file
    case uploadURL = "upload_url"
    case error

    public static let names = allCases.map(\.rawValue)
}
