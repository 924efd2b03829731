/// A create body that passed the API.md rules, with defaults applied and the model normalized.
struct CreateRequest: Sendable, Equatable {
    static let model = "grok-imagine-video-1.5"
    static let modelAliases = ["grok-1.5", "grok_1_5"]
    static let durations = [10, 15]
    static let ratios = ["16:9", "9:16", "1:1", "3:2", "2:3"]
    static let orientations = ["landscape": "16:9", "portrait": "9:16"]

    var model: String
    var prompt: String
    var imageURL: String
    var duration: Int
    var ratio: String
}

/// A request the API answers with code 20002; the message names the field and the allowed values.
struct BadRequest: Error, Equatable {
    let message: String
}
