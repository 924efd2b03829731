import Hummingbird

extension HTTPFields {
    /// The key of an `Authorization: Bearer <key>` header (scheme compared case-insensitively);
    /// nil when there is no such header, empty when the key is missing.
    var bearerKey: Substring? {
        guard let value = self[.authorization] else { return nil }
        let scheme = "bearer"
        guard value.prefix(scheme.count).lowercased() == scheme else { return nil }
        let rest = value.dropFirst(scheme.count)
        guard rest.isEmpty || rest.first == " " else { return nil }
        return rest.drop { $0 == " " }
    }
}
