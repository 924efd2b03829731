import GrokCore
import GrokSyntax

/// The live line of a download on a terminal, `path  [bar] received / total`, at most
/// `columns - 1` wide. When it does not fit, in this order: the bar narrows to
/// `minimumBar` cells, the byte counts go, then the path is shortened in the middle
/// keeping its file name (`videos/…/cat.mp4`), then the bar goes. Without a total (the
/// server sent no length) the line is the path and the bytes so far.
enum DownloadBar {
    static let widestBar = 30
    static let minimumBar = 5
    /// Below this a path is no longer worth a bar or a count beside it.
    static let minimumPath = 8

    static func render(path: String, progress: DownloadProgress, columns: Int) -> String {
        let room = max(0, columns - 1)
        let path = path.escapingControlCharacters
        let pathWidth = DisplayWidth.of(path)
        let received = ByteCount.format(progress.received)
        guard let total = progress.total, total > 0 else {
            let pathRoom = room - 2 - DisplayWidth.of(received)
            guard pathRoom >= min(pathWidth, minimumPath) else { return DisplayFit.shortenedPath(path, to: room) }
            return DisplayFit.shortenedPath(path, to: pathRoom) + "  " + received
        }
        let fraction = Double(progress.received) / Double(total)
        func bar(_ width: Int) -> String { ProgressBar.text(filled: Int(fraction * Double(width)), width: width) }
        for counts in [" \(received) / \(ByteCount.format(total))", ""] {
            let width = min(widestBar, room - pathWidth - 2 - 2 - DisplayWidth.of(counts))
            if width >= minimumBar { return path + "  " + bar(width) + counts }
        }
        let pathRoom = room - 2 - (minimumBar + 2)
        guard pathRoom >= minimumPath else { return DisplayFit.shortenedPath(path, to: room) }
        return DisplayFit.shortenedPath(path, to: pathRoom) + "  " + bar(minimumBar)
    }
}
