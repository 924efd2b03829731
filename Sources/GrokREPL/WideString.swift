import Glibc

/// libedit's text is `wchar_t`: one Unicode scalar each on Linux.
enum WideString {
    static func with<Result>(_ text: String, _ body: (UnsafePointer<wchar_t>) -> Result) -> Result {
        let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        return wide.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return body([0]) }
            return body(base)
        }
    }

    static func string(from start: UnsafePointer<wchar_t>, to end: UnsafePointer<wchar_t>) -> String {
        var scalars = String.UnicodeScalarView()
        var pointer = start
        while pointer < end {
            scalars.append(Unicode.Scalar(UInt32(bitPattern: pointer.pointee)) ?? "\u{FFFD}")
            pointer += 1
        }
        return String(scalars)
    }

    static func allocate(_ text: String) -> UnsafeMutablePointer<wchar_t> {
        let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        let storage = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
        storage.initialize(from: wide, count: wide.count)
        return storage
    }
}
