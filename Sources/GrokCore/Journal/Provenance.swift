/// Where a create came from, as plain data for the journal and the reports read from it:
/// the script and line that submitted it, and the local image file it was made from (the
/// request itself names only the upload's URL). GrokCore does not know the language: the
/// caller says what these are.
public struct Provenance: Sendable, Equatable {
    /// The script as the user named it (`batch.grok`, `<stdin>`, `-e`).
    public var script: String?
    public var line: Int?
    /// The absolute path of the local image the request's upload URL was made from.
    public var imageFile: String?

    public init(script: String? = nil, line: Int? = nil, imageFile: String? = nil) {
        self.script = script
        self.line = line
        self.imageFile = imageFile
    }
}
