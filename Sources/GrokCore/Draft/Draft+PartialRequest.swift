extension Draft {
    /// The create body so far, for a draft that is not ready to send: each field that is set,
    /// as typed, in the order of `CreateRequest.json`; what is missing is left out.
    public var partialRequestJSON: JSONValue {
        var fields: [(String, JSONValue)] = [("model", .string(VideoOptions.normalizeModel(model) ?? model))]
        if let prompt { fields.append(("prompt", .string(prompt))) }
        if let duration = VideoOptions.parseDuration(duration) {
            fields.append(("duration", .number(Double(duration))))
        } else {
            fields.append(("duration", .string(duration)))
        }
        if let ratio { fields.append(("ratio", .string(ratio))) }
        if let orientation, ratio == nil { fields.append(("orientation", .string(orientation))) }
        switch image {
        case .url(let url): fields.append(("image_urls", .array([.string(url)])))
        case .file(let path): fields.append(("image_urls", .array([.string("upload://" + path)])))
        case nil: break
        }
        return .object(.init(uniqueKeysWithValues: fields))
    }
}
