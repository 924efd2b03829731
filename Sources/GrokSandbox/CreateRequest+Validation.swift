import Foundation

extension CreateRequest {
    init(validating body: [UInt8]) throws(BadRequest) {
        guard let json = try? JSONValue(parsing: body), case .object = json else {
            throw BadRequest(message: "request body must be a JSON object")
        }
        self.init(
            model: try Self.model(json["model"]),
            prompt: try Self.prompt(json["prompt"]),
            imageURL: try Self.imageURL(json["image_urls"], fallback: json["images"]),
            duration: try Self.duration(json["duration"]),
            ratio: try Self.ratio(json["ratio"], orientation: json["orientation"])
        )
    }

    private static var allowedModels: String {
        "\(model) (aliases \(modelAliases.joined(separator: ", ")))"
    }

    private static func model(_ value: JSONValue?) throws(BadRequest) -> String {
        guard case .string(let name)? = value, !name.isEmpty else {
            throw BadRequest(message: "model is required; allowed: \(allowedModels)")
        }
        let lowered = name.lowercased()
        guard lowered == model || modelAliases.contains(lowered) else {
            throw BadRequest(message: "model '\(name)' is not supported; allowed: \(allowedModels)")
        }
        return model
    }

    private static func prompt(_ value: JSONValue?) throws(BadRequest) -> String {
        guard case .string(let text)? = value else {
            throw BadRequest(message: "prompt is required and must be a string")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw BadRequest(message: "prompt must not be empty")
        }
        return text
    }

    /// `images` is the compatibility alias, read only when `image_urls` is absent or empty.
    private static func imageURL(_ imageURLs: JSONValue?, fallback images: JSONValue?) throws(BadRequest) -> String {
        let field: String
        let value: JSONValue?
        if isAbsentOrEmptyArray(imageURLs), images != nil {
            (field, value) = ("images", images)
        } else {
            (field, value) = ("image_urls", imageURLs)
        }
        guard case .array(let urls)? = value, urls.count == 1 else {
            let count = if case .array(let urls)? = value { urls.count } else { 0 }
            throw BadRequest(message: "\(field) must hold exactly 1 image URL (got \(count))")
        }
        guard case .string(let url) = urls[0], !url.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw BadRequest(message: "\(field)[0] must be a non-empty URL string")
        }
        return url
    }

    private static func isAbsentOrEmptyArray(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: true
        case .array(let items)?: items.isEmpty
        default: false
        }
    }

    private static func duration(_ value: JSONValue?) throws(BadRequest) -> Int {
        switch value {
        case nil, .null?:
            return 10
        case .integer(let seconds)? where durations.contains(seconds):
            return seconds
        default:
            throw BadRequest(message: "duration must be one of 10, 15 (seconds, an integer)")
        }
    }

    /// `ratio` wins; `orientation` is used only when `ratio` is absent or empty, but is checked whenever given.
    private static func ratio(_ ratio: JSONValue?, orientation: JSONValue?) throws(BadRequest) -> String {
        let orientationRatio = try Self.orientationRatio(orientation)
        switch ratio {
        case nil, .null?, .string("")?:
            return orientationRatio ?? "16:9"
        case .string(let value)? where ratios.contains(value):
            return value
        default:
            throw BadRequest(message: "ratio must be one of \(ratios.joined(separator: ", "))")
        }
    }

    private static func orientationRatio(_ value: JSONValue?) throws(BadRequest) -> String? {
        switch value {
        case nil, .null?, .string("")?:
            return nil
        case .string(let name)?:
            if let ratio = orientations[name] { return ratio }
            fallthrough
        default:
            throw BadRequest(message: "orientation must be one of landscape, portrait")
        }
    }
}
