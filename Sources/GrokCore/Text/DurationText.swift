/// Durations as people write them: `250ms`, `10s`, `5m`, `1h`, `1m30s`; a bare number is seconds.
public enum DurationText {
    /// `nil` when the text is not a duration.
    public static func parse(_ text: String) -> Duration? {
        if let seconds = Double(text), seconds >= 0, seconds.isFinite, !text.contains("e"), !text.contains("E") {
            return .milliseconds(Int64((seconds * 1000).rounded()))
        }
        var total: Int64 = 0
        var number = ""
        var unit = ""
        var sawComponent = false
        func flush() -> Bool {
            guard let value = Int64(number), let scale = millisecondsPerUnit[unit] else { return false }
            let (product, overflow) = value.multipliedReportingOverflow(by: scale)
            guard !overflow else { return false }
            let (sum, overflowSum) = total.addingReportingOverflow(product)
            guard !overflowSum else { return false }
            total = sum
            number = ""
            unit = ""
            sawComponent = true
            return true
        }
        for character in text {
            if character.isASCII, character.isNumber {
                if !unit.isEmpty { guard flush() else { return nil } }
                number.append(character)
            } else if character.isASCII, character.isLetter {
                guard !number.isEmpty else { return nil }
                unit.append(character)
            } else {
                return nil
            }
        }
        guard !number.isEmpty, flush(), sawComponent else { return nil }
        return .milliseconds(total)
    }

    /// The shortest exact spelling: `1m30s`, `250ms`, `0s`.
    public static func format(_ duration: Duration) -> String {
        let totalMilliseconds = Int64((Double(duration.components.seconds) * 1000
            + Double(duration.components.attoseconds) / 1e15).rounded())
        if totalMilliseconds == 0 { return "0s" }
        if totalMilliseconds % 1000 != 0, totalMilliseconds < 60_000 {
            if totalMilliseconds < 1000 { return "\(totalMilliseconds)ms" }
            let seconds = Double(totalMilliseconds) / 1000
            return "\(seconds)s"
        }
        var seconds = totalMilliseconds / 1000
        var text = ""
        let hours = seconds / 3600
        if hours > 0 { text += "\(hours)h"; seconds %= 3600 }
        let minutes = seconds / 60
        if minutes > 0 { text += "\(minutes)m"; seconds %= 60 }
        if seconds > 0 || text.isEmpty { text += "\(seconds)s" }
        return text
    }

    private static let millisecondsPerUnit: [String: Int64] = [
        "ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000,
    ]
}
