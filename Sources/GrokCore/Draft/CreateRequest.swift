/// The body of a create call, exactly as it is sent.
public struct CreateRequest: Sendable, Equatable {
    public let model: String
    public let prompt: String
    public let imageURL: String
    public let duration: Int
    public let ratio: String?
    public let orientation: String?

    /// Fields in the order of the provider's documentation; unset options are left out.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("model", .string(model)),
            ("prompt", .string(prompt)),
            ("duration", .number(Double(duration))),
        ]
        if let ratio { fields.append(("ratio", .string(ratio))) }
        if let orientation { fields.append(("orientation", .string(orientation))) }
        fields.append(("image_urls", .array([.string(imageURL)])))
        return .object(.init(uniqueKeysWithValues: fields))
    }
}
