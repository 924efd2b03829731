import Foundation
import GrokCore

/// Decides whether a line may be written to the history file: never one holding the
/// current key, an `sk-…` key, a `JIMMYAI_API_KEY=` assignment, a Bearer credential or a
/// long random-looking token.
public struct SecretFilter: Sendable {
    /// Knows the current key.
    private let redactor: Redactor
    /// Long tokens known not to be secrets: the journal's task ids.
    private let harmless: Set<String>

    public init(redactor: Redactor, harmless: Set<String> = []) {
        self.redactor = redactor
        self.harmless = harmless
    }

    public func looksSecret(_ line: String) -> Bool {
        if redactor.contains(secretIn: line) { return true }
        let lower = line.lowercased()
        if lower.contains("jimmyai_api_key") || lower.contains("bearer ") || lower.contains("authorization:") { return true }
        return Self.tokens(of: line).contains { token in
            !harmless.contains(String(token)) && (token.hasPrefix("sk-") && token.count >= 12 || Self.looksRandom(token))
        }
    }

    private static let tokenPunctuation: Set<Character> = ["-", "_", "+", "/", "="]

    /// Runs of letters, digits, `-`, `_`, `+`, `/`, `=`: how keys are spelt.
    static func tokens(of line: String) -> [Substring] {
        line.split { character in
            !(character.isASCII && (character.isLetter || character.isNumber || tokenPunctuation.contains(character)))
        }
    }

    /// At least 24 characters mixing letters and digits with high entropy, and not a UUID
    /// or a path.
    static func looksRandom(_ token: Substring) -> Bool {
        guard token.count >= 24, !token.contains("/") || token.count >= 40 else { return false }
        guard token.contains(where: \.isNumber), token.contains(where: \.isLetter) else { return false }
        if isUUID(token) { return false }
        return entropyPerCharacter(token) >= 3.5
    }

    private static func isUUID(_ token: Substring) -> Bool {
        let groups = token.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
        return groups == [8, 4, 4, 4, 12] && token.allSatisfy { $0.isHexDigit || $0 == "-" }
    }

    private static func entropyPerCharacter(_ token: Substring) -> Double {
        var counts: [Character: Int] = [:]
        for character in token { counts[character, default: 0] += 1 }
        let total = Double(token.count)
        return counts.values.reduce(0) { sum, count in
            let p = Double(count) / total
            return sum - p * log2(p)
        }
    }
}
