/// The answer shapes seen from the real service (API.md); each flag switches one of them on.
public struct ResponseVariant: Sendable, Equatable {
    /// `"code": 20000` instead of `"code": "20000"`.
    public var codeAsNumber: Bool
    /// The query answer without the envelope: task fields at the top level.
    public var flatQuery: Bool
    /// `"status": "success"` instead of `"completed"`.
    public var successStatus: Bool
    /// `"progress": "45%"`.
    public var stringProgress: Bool
    /// `"progress": 45.5`.
    public var floatProgress: Bool
    /// `"/files/videos/ID.mp4"` instead of an absolute URL.
    public var relativeVideoURL: Bool
    /// Error envelopes answered with HTTP 200 instead of 4xx.
    public var errorsAsHTTP200: Bool

    public init(
        codeAsNumber: Bool = false,
        flatQuery: Bool = false,
        successStatus: Bool = false,
        stringProgress: Bool = false,
        floatProgress: Bool = false,
        relativeVideoURL: Bool = false,
        errorsAsHTTP200: Bool = false
    ) {
        self.codeAsNumber = codeAsNumber
        self.flatQuery = flatQuery
        self.successStatus = successStatus
        self.stringProgress = stringProgress
        self.floatProgress = floatProgress
        self.relativeVideoURL = relativeVideoURL
        self.errorsAsHTTP200 = errorsAsHTTP200
    }
}
