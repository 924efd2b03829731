import DidYouMean
import Foundation

/// A draft that passed validation: every field is one the API accepts.
public struct ValidDraft: Sendable, Equatable {
    public let model: String
    public let prompt: String
    public let image: ImageReference
    public let duration: Int
    public let ratio: String?
    public let orientation: String?

    /// The body to send, once a local image has become a URL.
    public func request(imageURL: String) -> CreateRequest {
        CreateRequest(model: model, prompt: prompt, imageURL: imageURL, duration: duration, ratio: ratio, orientation: orientation)
    }
}

extension Draft {
    /// Checks every rule of the create call; never changes a value to make it fit.
    public func validated() throws(GrokError) -> ValidDraft {
        var problems: [ValidationProblem] = []

        let model = VideoOptions.normalizeModel(self.model)
        if model == nil {
            problems.append(.unknownModel(self.model, suggestion: Suggestion.closest(to: self.model, among: VideoOptions.modelNames)))
        }

        let prompt = self.prompt ?? ""
        if prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(.missingPrompt)
        }

        switch image {
        case nil: problems.append(.missingImage)
        case .url(let url) where !Self.isFetchableURL(url): problems.append(.unsupportedImageURL(url))
        default: break
        }

        let duration = VideoOptions.parseDuration(self.duration)
        if duration == nil { problems.append(.unsupportedDuration(self.duration)) }

        if let ratio, !VideoOptions.ratios.contains(ratio) { problems.append(.unsupportedRatio(ratio)) }
        if let orientation, !VideoOptions.orientations.contains(orientation) {
            problems.append(.unsupportedOrientation(orientation))
        }

        guard problems.isEmpty, let model, let duration, let image else { throw .invalidDraft(problems) }
        // The API lets a ratio take precedence over an orientation; the request says only what counts.
        return ValidDraft(model: model, prompt: prompt, image: image, duration: duration, ratio: ratio,
                          orientation: ratio == nil ? orientation : nil)
    }

    private static func isFetchableURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            return false
        }
        return scheme == "https" || scheme == "http"
    }
}
