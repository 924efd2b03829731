/// `[#####.....]`: `filled` of `width` cells, clamped to the bar.
enum ProgressBar {
    static func text(filled: Int, width: Int) -> String {
        let cells = max(0, min(width, filled))
        return "[" + String(repeating: "#", count: cells) + String(repeating: ".", count: width - cells) + "]"
    }
}
