/// Values only a server can give (`$task`, `$status`, `$video_url`, …) are stand-ins while
/// a run is rehearsed. Each carries a mark that survives interpolation, so a command whose
/// values depend on one is not judged by the rehearsal: the real answer decides.
enum StandIn {
    /// A private-use character: never in a server's answer nor in a script.
    static let mark: Character = "\u{F8FF}"

    static func marked(_ value: String) -> String {
        value.first == mark ? value : String(mark) + value
    }

    /// Looks at UTF-8 bytes, not characters: the rehearsal asks this of every variable read.
    static func isIn(_ value: String) -> Bool {
        let bytes = value.utf8
        var index = bytes.startIndex
        while let lead = bytes[index...].firstIndex(of: markUTF8[0]) {
            if bytes[lead...].starts(with: markUTF8) { return true }
            index = bytes.index(after: lead)
        }
        return false
    }

    private static let markUTF8 = Array(String(mark).utf8)
}
