/// What a `Range` header asks of a body of known length (RFC 9110 §14).
enum ByteRangeRequest: Equatable {
    case whole
    case partial(Range<Int>)
    case unsatisfiable

    /// Only single ranges `bytes=a-b`, `bytes=a-` and `bytes=-n` are honoured; a header that is not one of them is
    /// ignored and the whole body is served, as RFC 9110 allows.
    init(header: String?, length: Int) {
        guard let header, header.hasPrefix("bytes="), !header.contains(",") else {
            self = .whole
            return
        }
        let spec = header.dropFirst("bytes=".count).trimmingWhitespace()
        guard let dash = spec.firstIndex(of: "-") else {
            self = .whole
            return
        }
        let first = spec[..<dash]
        let last = spec[spec.index(after: dash)...]
        switch (Int(first), Int(last)) {
        case (nil, let suffix?) where first.isEmpty:
            self = suffix > 0 && length > 0 ? .partial(max(0, length - suffix)..<length) : .unsatisfiable
        case (let start?, nil) where last.isEmpty:
            self = start < length ? .partial(start..<length) : .unsatisfiable
        case (let start?, let end?) where start <= end:
            self = start < length ? .partial(start..<min(end + 1, length)) : .unsatisfiable
        default:
            self = .whole
        }
    }
}
