import Foundation

/// A moment as the page shows it: readable, in the local time zone, and as ISO 8601 in a
/// `<time datetime>` for machines.
struct ReportTime {
    let text: String
    let iso: String

    init(_ date: Date, timeZone: TimeZone = .current) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss zzz"
        text = formatter.string(from: date)
        iso = date.formatted(Date.ISO8601FormatStyle(timeZone: timeZone))
    }

    /// `42 s`, `3 min 5 s`, `1 h 2 min`.
    static func seconds(_ interval: TimeInterval) -> String {
        let total = Int(interval.rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min \(total % 60) s" }
        return "\(total / 3600) h \(total % 3600 / 60) min"
    }
}
