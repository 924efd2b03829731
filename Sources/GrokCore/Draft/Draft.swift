/// The create request being composed, holding what the user typed, unjudged.
/// `validated()` turns it into a `ValidDraft` or lists everything wrong with it.
public struct Draft: Sendable, Equatable {
    public var model: String
    public var prompt: String?
    public var image: ImageReference?
    public var duration: String
    public var ratio: String?
    public var orientation: String?

    public init(
        model: String = VideoOptions.canonicalModel, prompt: String? = nil, image: ImageReference? = nil,
        duration: String = String(VideoOptions.defaultDuration), ratio: String? = nil, orientation: String? = nil
    ) {
        self.model = model
        self.prompt = prompt
        self.image = image
        self.duration = duration
        self.ratio = ratio
        self.orientation = orientation
    }
}

/// The one reference image: a URL the API can fetch, or a local file to upload first.
public enum ImageReference: Sendable, Equatable, CustomStringConvertible {
    case url(String)
    case file(path: String)

    /// `http(s)://…` is a URL; anything else is a local path.
    public init(parsing text: String) {
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || text.contains("://") {
            self = .url(text)
        } else {
            self = .file(path: text)
        }
    }

    public var description: String {
        switch self {
        case .url(let url): return url
        case .file(let path): return path
        }
    }
}
