/// How the server's answers failed to continue a part already on disk, as data; the
/// wording is in `GrokError+Description.swift`.
public enum DownloadMismatch: Sendable, Equatable {
    /// A 206 without a usable `Content-Range`.
    case partialWithoutRange
    /// Asked for bytes from `offset`, answered a range starting elsewhere.
    case wrongRange(offset: Int64, contentRange: String)
    case etagChanged(from: String, to: String)
    case lastModifiedChanged(from: String, to: String)
    case sizeChanged(from: Int64, to: Int64)
    /// A 416 that does not say the part is already whole.
    case rangeNotSatisfiable(offset: Int64)
}
