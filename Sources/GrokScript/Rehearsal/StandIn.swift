import Foundation

/// Values only a server can give (`$task`, `$status`, `$video_url`, …) are stand-ins while
/// a run is rehearsed. Each carries a mark that survives interpolation, so a command whose
/// values depend on one is not judged by the rehearsal: the real answer decides.
enum StandIn {
    /// A private-use character: never in a server's answer nor in a script.
    static let mark: Character = "\u{F8FF}"

    static func marked(_ value: String) -> String {
        value.first == mark ? value : String(mark) + value
    }

    /// Looks at UTF-8 bytes, not characters, with `memchr` for the mark's first byte: the
    /// rehearsal asks this of every variable read.
    static func isIn(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var start = 0
            while start < bytes.count, let found = memchr(base + start, Int32(markUTF8[0]), bytes.count - start) {
                let lead = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[lead...].starts(with: markUTF8) { return true }
                start = lead + 1
            }
            return false
        }
    }

    private static let markUTF8 = Array(String(mark).utf8)
}
