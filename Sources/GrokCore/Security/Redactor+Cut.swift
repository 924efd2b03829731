extension Redactor {
    /// Text shortened for showing, secrets already hidden.
    public struct Cut: Sendable, Equatable {
        public let text: String
        /// Whether something was cut off here (the caller marks it, with `…` or a count).
        public let isShortened: Bool
    }

    /// The one way grok shortens text that may hold a secret: redacts all of `text` first,
    /// then keeps at most `maxBytes` UTF-8 bytes of it (whole characters, never part of a
    /// `***`), and hides a secret's first characters left at the cut. `textWasCut`: `text`
    /// is itself only the start of something longer, so its end is a cut too.
    public func cut(_ text: String, maxBytes: Int, textWasCut: Bool = false) -> Cut {
        let redacted = Self.maskBearerCredentials(redactSecrets(text, openEnd: textWasCut))
        guard redacted.utf8.count > maxBytes else { return Cut(text: redacted, isShortened: false) }
        var end = redacted.startIndex
        var used = 0
        for index in redacted.indices {
            used += redacted[index].utf8.count
            guard used <= maxBytes else { break }
            end = redacted.index(after: index)
        }
        var kept = redacted[..<end]
        if kept.hasSuffix("*"), redacted[end...].hasPrefix("*") {
            kept = kept.dropLast(kept.reversed().prefix { $0 == "*" }.count)
        }
        return Cut(text: redactSecrets(String(kept), openEnd: true), isShortened: true)
    }

    /// How many bytes of raw text to redact for a cut at `limit`: enough to hold whole, in
    /// its longest encoding, any secret that starts before the cut.
    public func window(forCutAt limit: Int) -> Int { limit + longestEncodedSecret }

    /// The start of `bytes` that a cut at `limit` reads (`window`), as UTF-8 text, a
    /// character split at its end left out; `nil` when it is not text. `read`: how many
    /// bytes the window held, to tell whether the text is only the start of `bytes`.
    public func textWindow(of bytes: [UInt8], forCutAt limit: Int) -> (text: String, read: Int)? {
        let head = Array(bytes.prefix(window(forCutAt: limit)))
        // A character split by the window leaves one to three of its bytes at the end.
        for dropped in 0...min(3, head.count) {
            if let text = String(validating: head.dropLast(dropped), as: UTF8.self) { return (text, head.count) }
        }
        return nil
    }
}
