/// One secret and how to find it in text: character by character, each written as it is,
/// as a JSON escape (`\u0073`, `\/`) or percent-encoded byte by byte (`%73`), so that every
/// mix of these is found too.
struct SecretPattern: Sendable {
    let text: String
    let scalars: [Unicode.Scalar]
    /// The first byte of the secret as it is.
    private let firstByte: UInt8?

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        firstByte = text.utf8.first
    }

    /// Too short to be a real key: hidden only as a word of its own, written as it is.
    var isShort: Bool { text.count < Redactor.minimumInWordLength }

    /// How many of the secret's characters are written from `start` on, and where they end.
    func match(_ bytes: [UInt8], at start: Int) -> (characters: Int, end: Int) {
        var position = start
        for (index, scalar) in scalars.enumerated() {
            guard let next = Self.match(scalar, bytes, at: position) else { return (index, position) }
            position = next
        }
        return (scalars.count, position)
    }

    /// The text with every occurrence hidden: the whole secret, a run of its first
    /// `Redactor.leakedPrefixLength` characters or more anywhere, and a run of at least
    /// `Redactor.prefixAtCutLength` where text was cut (before a `…`, or at the end when `openEnd`).
    func replacing(in text: String, openEnd: Bool) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var changed = false
        var index = 0
        while index < bytes.count {
            if mayStart(bytes[index]) {
                let (count, end) = match(bytes, at: index)
                if hides(count, endingAt: end, in: bytes, openEnd: openEnd) {
                    if !changed {
                        output.reserveCapacity(bytes.count)
                        output += bytes[..<index]
                        changed = true
                    }
                    output += Redactor.mask.utf8
                    index = end
                    continue
                }
            }
            if changed { output.append(bytes[index]) }
            index += 1
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    /// Whether the whole secret, or a run of its first characters long enough to hide anywhere, is in `text`.
    func occurs(in text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.indices.contains { index in
            guard mayStart(bytes[index]) else { return false }
            let count = match(bytes, at: index).characters
            return count == scalars.count || count >= Redactor.leakedPrefixLength
        }
    }

    private func mayStart(_ byte: UInt8) -> Bool {
        byte == firstByte || byte == Self.backslash || byte == Self.percent
    }

    private func hides(_ count: Int, endingAt end: Int, in bytes: [UInt8], openEnd: Bool) -> Bool {
        guard count > 0 else { return false }
        if count == scalars.count || count >= Redactor.leakedPrefixLength { return true }
        guard count >= Redactor.prefixAtCutLength else { return false }
        return (openEnd && end == bytes.count) || bytes[end...].starts(with: Self.ellipsis)
    }

    // MARK: one character in any encoding

    private static let backslash = UInt8(ascii: "\\")
    private static let percent = UInt8(ascii: "%")
    private static let ellipsis = Array("…".utf8)

    /// Where `scalar` ends when it is written at `position`, or nil.
    private static func match(_ scalar: Unicode.Scalar, _ bytes: [UInt8], at position: Int) -> Int? {
        if let end = jsonEscape(scalar, bytes, at: position) { return end }
        var position = position
        for byte in String(scalar).utf8 {
            if position < bytes.count, bytes[position] == byte {
                position += 1
            } else if position + 2 < bytes.count, bytes[position] == percent, hex(bytes, at: position + 1, digits: 2) == UInt32(byte) {
                position += 3
            } else {
                return nil
            }
        }
        return position
    }

    /// `\uXXXX` (a surrogate pair beyond the BMP), or `\/`, `\"`, `\\`.
    private static func jsonEscape(_ scalar: Unicode.Scalar, _ bytes: [UInt8], at position: Int) -> Int? {
        guard position + 1 < bytes.count, bytes[position] == backslash else { return nil }
        if bytes[position + 1] != UInt8(ascii: "u") {
            return "/\"\\".unicodeScalars.contains(scalar) && bytes[position + 1] == UInt8(scalar.value) ? position + 2 : nil
        }
        let units = Array(String(scalar).utf16)
        var end = position
        for unit in units {
            guard end + 6 <= bytes.count, bytes[end] == backslash, bytes[end + 1] == UInt8(ascii: "u"),
                  hex(bytes, at: end + 2, digits: 4) == UInt32(unit) else { return nil }
            end += 6
        }
        return end
    }

    private static func hex(_ bytes: [UInt8], at position: Int, digits: Int) -> UInt32? {
        guard position + digits <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[position..<position + digits] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    // MARK: short secrets: whole words, as they are

    /// Letters, digits, `-` and `_` continue a word; anything else ends it.
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }

    func wholeWordRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let range = text.range(of: self.text, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before.map(Self.isWordCharacter) ?? false), !(after.map(Self.isWordCharacter) ?? false) { ranges.append(range) }
            searchStart = range.upperBound
        }
        return ranges
    }

    func occursAsWord(in text: String) -> Bool { !wholeWordRanges(in: text).isEmpty }

    func replacingWholeWords(in text: String) -> String {
        guard text.contains(self.text) else { return text }
        var output = ""
        var position = text.startIndex
        for range in wholeWordRanges(in: text) {
            output += text[position..<range.lowerBound] + Redactor.mask
            position = range.upperBound
        }
        return output + text[position...]
    }
}
