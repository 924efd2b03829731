/// Byte values the lexer and renderer test for, named.
enum ASCII {
    static var nul: UInt8 { 0x00 }
    static var tab: UInt8 { 0x09 }
    static var lineFeed: UInt8 { 0x0A }
    static var verticalTab: UInt8 { 0x0B }
    static var formFeed: UInt8 { 0x0C }
    static var carriageReturn: UInt8 { 0x0D }
    static var space: UInt8 { 0x20 }
    static var doubleQuote: UInt8 { 0x22 } // "
    static var hash: UInt8 { 0x23 } // #
    static var dollar: UInt8 { 0x24 } // $
    static var singleQuote: UInt8 { 0x27 } // '
    static var dot: UInt8 { 0x2E } // .
    static var semicolon: UInt8 { 0x3B } // ;
    static var backslash: UInt8 { 0x5C } // \
    static var underscore: UInt8 { 0x5F } // _
    static var leftBrace: UInt8 { 0x7B } // {
    static var rightBrace: UInt8 { 0x7D } // }
    static var delete: UInt8 { 0x7F }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isNameStart(_ byte: UInt8) -> Bool { isLetter(byte) || byte == underscore }
    static func isNameContinuation(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}

/// Scalar-at-a-time UTF-8 decoding over a byte array, reporting how many bytes
/// each scalar (or each invalid byte) takes, so callers keep exact offsets.
enum UTF8Decoding {
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The scalar starting at `offset` and its length in bytes; `nil` with
    /// length 1 when the byte there does not start a well-formed sequence.
    static func decode(_ bytes: [UInt8], at offset: Int) -> (scalar: Unicode.Scalar?, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
        default: return (nil, 1)
        }
        guard offset + length <= bytes.count else { return (nil, 1) }
        for index in offset + 1..<offset + length {
            let byte = bytes[index]
            guard isContinuation(byte) else { return (nil, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF are all invalid.
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        return (scalar, length)
    }

    /// The length of the character at `offset`, one byte for invalid UTF-8.
    static func scalarLength(_ bytes: [UInt8], at offset: Int) -> Int {
        decode(bytes, at: offset).length
    }
}
