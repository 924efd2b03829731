/// One reason a draft cannot be sent. Validation reports all of them at once.
public enum ValidationProblem: Sendable, Equatable {
    case unknownModel(String, suggestion: String?)
    case missingPrompt
    case missingImage
    case unsupportedImageURL(String)
    case unsupportedDuration(String)
    case unsupportedRatio(String)
    case unsupportedOrientation(String)

    public enum Field: String, Sendable {
        case model, prompt, image, duration, ratio, orientation
    }

    public var field: Field {
        switch self {
        case .unknownModel: return .model
        case .missingPrompt: return .prompt
        case .missingImage, .unsupportedImageURL: return .image
        case .unsupportedDuration: return .duration
        case .unsupportedRatio: return .ratio
        case .unsupportedOrientation: return .orientation
        }
    }

    public var message: String {
        switch self {
        case .unknownModel(let name, _): return "unknown model '\(name)'"
        case .missingPrompt: return "the prompt is empty"
        case .missingImage: return "no reference image"
        case .unsupportedImageURL(let url): return "unsupported image URL '\(url)'"
        case .unsupportedDuration(let text): return "unsupported duration '\(text)'"
        case .unsupportedRatio(let text): return "unsupported ratio '\(text)'"
        case .unsupportedOrientation(let text): return "unsupported orientation '\(text)'"
        }
    }

    /// The allowed values; the fix, when it needs no command (GrokScript names the commands:
    /// `ValidationProblem.scriptHint`).
    public var hint: String? {
        switch self {
        case .unknownModel(_, let suggestion):
            let allowed = "expected one of " + VideoOptions.modelNames.joined(separator: ", ")
            return suggestion.map { "did you mean '\($0)'? \(allowed)" } ?? allowed
        case .missingPrompt, .missingImage: return nil
        case .unsupportedImageURL: return "use an http(s) URL or a local file path"
        case .unsupportedDuration: return "expected one of " + VideoOptions.durations.map(String.init).joined(separator: ", ")
        case .unsupportedRatio: return "expected one of " + VideoOptions.ratios.joined(separator: ", ")
        case .unsupportedOrientation: return "expected one of " + VideoOptions.orientations.joined(separator: ", ")
        }
    }
}
