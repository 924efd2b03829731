/// How a ``SandboxFault/keyEcho(_:offset:)`` page writes the key it echoes.
public enum KeyEcho: String, Sendable, Equatable, CaseIterable {
    /// As it was sent.
    case plain
    /// Every character as a JSON escape: `\u0073\u006b…`.
    case jsonEscaped
    /// Every byte percent-encoded: `%73%6B…`.
    case percentEncoded

    func write(_ key: Substring) -> String {
        switch self {
        case .plain:
            return String(key)
        case .jsonEscaped:
            return key.unicodeScalars.map { "\\u" + Self.hex($0.value, digits: 4) }.joined()
        case .percentEncoded:
            return key.utf8.map { "%" + Self.hex(UInt32($0), digits: 2).uppercased() }.joined()
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
