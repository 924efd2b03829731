@testable import GrokCore
import GrokSyntax
import Synchronization
import Testing
@testable import GrokScript

/// The wait board and the download line on terminals of every width: nothing ever reaches
/// the last column, and what gives way goes in the documented order.
@Suite struct BarLayoutTests {
    static let longName = "a-very-long-task-name-for-the-board"
    static let wideName = "一只猫在冲浪"

    static func row(_ label: String, _ progress: Double? = 40, _ status: String = "processing") -> BoardLayout.Row {
        BoardLayout.Row(label: label, progress: progress, status: status)
    }

    static func board(_ rows: [BoardLayout.Row], columns: Int, elapsed: String = "0s") -> [String] {
        BoardLayout.lines(rows, elapsed: elapsed, columns: columns)
    }

    // MARK: - The board, width by width

    @Test func aShortNameOnAWideTerminalShowsEverything() {
        for columns in [80, 200] {
            #expect(Self.board([Self.row("cat")], columns: columns) == ["cat  [########............]  40%  processing  0s"])
        }
    }

    /// The bar narrows first, then the elapsed time goes, then the status.
    @Test func theBarNarrowsThenTheTimeThenTheStatusGo() {
        let cat = [Self.row("cat")]
        #expect(Self.board(cat, columns: 48) == ["cat  [#######............]  40%  processing  0s"])
        #expect(Self.board(cat, columns: 34) == ["cat  [##...]  40%  processing  0s"])
        #expect(Self.board(cat, columns: 33) == ["cat  [###.....]  40%  processing"])
        #expect(Self.board(cat, columns: 30) == ["cat  [##...]  40%  processing"])
        #expect(Self.board(cat, columns: 29) == ["cat  [######..........]  40%"])
        #expect(Self.board(cat, columns: 24) == ["cat  [####.......]  40%"])
        #expect(Self.board(cat, columns: 20) == ["cat  [##.....]  40%"])
    }

    @Test func aLongNameIsCutToTwentyFourColumnsThenShorterWithAnEllipsis() {
        let rows = [Self.row(Self.longName), Self.row("cat", nil, "queued")]
        #expect(Self.board(rows, columns: 80) == [
            "a-very-long-task-name-f…  [########............]  40%  processing  0s",
            "cat                       [....................]   –%  queued  0s",
        ])
        #expect(Self.board(rows, columns: 50) == [
            "a-very-long-task-name-f…  [######..........]  40%",
            "cat                       [................]   –%",
        ])
        #expect(Self.board(rows, columns: 20) == [
            "a-ve…  [##...]  40%",
            "cat    [.....]   –%",
        ])
        #expect(Self.board(rows, columns: 10) == ["a-v…  40%", "cat    –%"])
        #expect(Self.board(rows, columns: 5) == ["a-v…", "cat"])
        #expect(Self.board(rows, columns: 1) == ["", ""])
    }

    /// Wide characters count two columns: names are cut and padded by columns, so bars line up.
    @Test func wideNamesAreMeasuredInColumns() {
        let rows = [Self.row(Self.wideName), Self.row("cat")]
        #expect(Self.board(rows, columns: 50) == [
            "一只猫在冲浪  [####........]  40%  processing  0s",
            "cat           [####........]  40%  processing  0s",
        ])
        #expect(Self.board(rows, columns: 20) == [
            "一只…  [##...]  40%",
            "cat    [##...]  40%",
        ])
        #expect(Self.board([Self.row(Self.wideName)], columns: 10) == ["一…   40%"])
    }

    @Test func oddProgressFromAServerNeverWidensTheLine() {
        for progress in [-5, 250, 10_000, Double.nan, Double.infinity] {
            let line = Self.board([Self.row("cat", progress)], columns: 30)
            #expect(line.allSatisfy { DisplayWidth.of($0) <= 29 }, "\(progress): \(line)")
        }
    }

    /// Any names, statuses and progress, at every width from 1 to 220 columns: no line
    /// is wider than the terminal less one column.
    @Test func noLineEverReachesTheLastColumn() {
        var random = SplitMix64(seed: 11)
        let pieces = ["cat", "surf", "一只猫", "冲浪", "🐈", "e\u{301}", "-", "x", Self.longName, "sbx-task-000001", "データ"]
        let statuses = ["queued", "processing", "waiting", "completed", "a-status-nobody-expected-from-a-server", "处理中"]
        for columns in 1...220 {
            for _ in 0..<6 {
                let rows = (0..<random.next(upTo: 5) + 1).map { _ in
                    let label = (0..<random.next(upTo: 6) + 1).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
                    let progress: Double? = random.next(upTo: 4) == 0 ? nil : Double(random.next(upTo: 101))
                    return Self.row(label, progress, statuses[random.next(upTo: statuses.count)])
                }
                let elapsed = ["0s", "59s", "1m5s", "12h3m"][random.next(upTo: 4)]
                for line in Self.board(rows, columns: columns, elapsed: elapsed) {
                    #expect(DisplayWidth.of(line) <= columns - 1, "\(columns) columns: \(line)")
                }
            }
        }
    }

    // MARK: - Cutting text

    @Test func truncationKeepsTheStartAndNeverSplitsAWideCharacter() {
        #expect(DisplayFit.truncated("surfing-cat", to: 11) == "surfing-cat")
        #expect(DisplayFit.truncated("surfing-cat", to: 8) == "surfing…")
        #expect(DisplayFit.truncated("一只猫在冲浪", to: 6) == "一只…")
        #expect(DisplayFit.truncated("一只猫在冲浪", to: 4) == "一…")
        #expect(DisplayFit.truncated("cat", to: 1) == "…")
        #expect(DisplayFit.truncated("cat", to: 0) == "")
        #expect(DisplayFit.padded("一…", to: 4) == "一… ")
    }

    @Test func pathsKeepTheirFileName() {
        #expect(DisplayFit.shortenedPath("videos/2024/march/cat.mp4", to: 25) == "videos/2024/march/cat.mp4")
        #expect(DisplayFit.shortenedPath("videos/2024/march/cat.mp4", to: 16) == "videos/…/cat.mp4")
        #expect(DisplayFit.shortenedPath("videos/2024/march/cat.mp4", to: 9) == "…/cat.mp4")
        // The file name alone is too wide: its start and its extension stay.
        #expect(DisplayFit.shortenedPath("videos/a-cat-surfing-at-dawn.mp4", to: 12) == "videos…n.mp4")
        #expect(DisplayFit.shortenedPath("a-cat-surfing-at-dawn.mp4", to: 12) == "a-cat-…n.mp4")
        #expect(DisplayFit.shortenedPath("视频/一只猫在冲浪.mp4", to: 10) == "视频/….mp4")
    }

    // MARK: - The download line

    static let halfway = DownloadProgress(received: 1_048_576, total: 2_097_152)

    @Test func theDownloadLineNarrowsTheBarThenDropsTheCountsThenShortensThePath() {
        let path = "videos/2024/cat.mp4"
        #expect(DownloadBar.render(path: path, progress: Self.halfway, columns: 80)
            == "videos/2024/cat.mp4  [###############...............] 1.0 MiB / 2.0 MiB")
        #expect(DownloadBar.render(path: path, progress: Self.halfway, columns: 50)
            == "videos/2024/cat.mp4  [####....] 1.0 MiB / 2.0 MiB")
        #expect(DownloadBar.render(path: path, progress: Self.halfway, columns: 35)
            == "videos/2024/cat.mp4  [#####......]")
        #expect(DownloadBar.render(path: path, progress: Self.halfway, columns: 20) == "v…/cat.mp4  [##...]")
        #expect(DownloadBar.render(path: path, progress: Self.halfway, columns: 12) == "vi…/cat.mp4")
    }

    @Test func aDownloadWithoutATotalShowsTheBytesSoFar() {
        let progress = DownloadProgress(received: 1_048_576, total: nil)
        #expect(DownloadBar.render(path: "cat.mp4", progress: progress, columns: 80) == "cat.mp4  1.0 MiB")
        #expect(DownloadBar.render(path: "videos/2024/cat.mp4", progress: progress, columns: 24) == "video…/cat.mp4  1.0 MiB")
        #expect(DownloadBar.render(path: "videos/2024/cat.mp4", progress: progress, columns: 12) == "vi…/cat.mp4")
    }

    @Test func noDownloadLineEverReachesTheLastColumn() {
        let paths = ["cat.mp4", "/home/ann/videos/一只猫在冲浪/2024-03-01-surfing-cat-at-dawn.mp4", "视频.mp4", "a/b"]
        let progresses = [Self.halfway, DownloadProgress(received: 0, total: nil), DownloadProgress(received: 5_000_000_000, total: 5_000_000_000)]
        for columns in 1...220 {
            for path in paths {
                for progress in progresses {
                    let line = DownloadBar.render(path: path, progress: progress, columns: columns)
                    #expect(DisplayWidth.of(line) <= columns - 1, "\(columns) columns: \(line)")
                }
            }
        }
    }

    // MARK: - Erasing what was drawn

    @Test func erasingCountsTheRowsALineTakesAtTheWidthNow() {
        var drawn = DrawnLines()
        #expect(drawn.erase(columns: 80).isEmpty)
        drawn.drew(widths: [48, 20], endsWithNewline: true)
        #expect(drawn.erase(columns: 80) == "\r\u{1B}[2A\u{1B}[J")
        // Narrowed to 20 columns, the terminal rewrapped the lines: 3 rows and 1.
        #expect(drawn.erase(columns: 20) == "\r\u{1B}[4A\u{1B}[J")
        drawn.drew(widths: [60], endsWithNewline: false)
        #expect(drawn.erase(columns: 80) == "\r\u{1B}[J")
        #expect(drawn.erase(columns: 25) == "\r\u{1B}[2A\u{1B}[J")
        drawn.forget()
        #expect(drawn.erase(columns: 25).isEmpty)
    }

    @Test func theWidthComesFromTheTerminalElseColumnsElseEighty() {
        #expect(Terminal.columns(reported: 50, environment: ["COLUMNS": "120"]) == 50)
        #expect(Terminal.columns(reported: 0, environment: ["COLUMNS": "120"]) == 120)
        #expect(Terminal.columns(reported: 0, environment: ["COLUMNS": "wide"]) == 80)
        #expect(Terminal.columns(reported: 0, environment: [:]) == 80)
    }

    // MARK: - The reporter follows the width

    @Test func theReporterErasesAtTheNewWidthAndDrawsToIt() {
        let out = BufferStream()
        let columns = Mutex(80)
        let terminal = Terminal(stdoutIsTerminal: true, stderrIsTerminal: true, colorOnStdout: false, colorOnStderr: false)
        let reporter = TextReporter(out: out, err: BufferStream(), terminal: terminal, columns: { columns.withLock { $0 } })
        reporter.emit(.waitStarted([TaskLabel(taskID: "t1", name: Self.longName), TaskLabel(taskID: "t2", name: "cat")]))
        reporter.emit(.status(TaskInfo(taskID: "t1", status: TaskStatus("processing"), progress: 40), name: Self.longName, elapsed: .seconds(1)))
        let wide = out.text
        let firstFrame = wide.components(separatedBy: "\u{1B}[J").last ?? ""
        #expect(firstFrame.split(separator: "\n").map { DisplayWidth.of(String($0)) } == [69, 66])
        columns.withLock { $0 = 20 }
        reporter.emit(.tick)
        let narrow = String(out.text.dropFirst(wide.count))
        // 69 and 66 columns rewrapped at 20 are 4 rows each.
        #expect(narrow.hasPrefix("\r\u{1B}[8A\u{1B}[J"), "\(narrow.debugDescription)")
        #expect(narrow.hasSuffix("a-ve…  [##...]  40%\ncat    [.....]   –%\n"))
    }

    @Test func theDownloadLineIsRedrawnInPlaceAndErasedAtTheEnd() {
        let out = BufferStream()
        let terminal = Terminal(stdoutIsTerminal: true, stderrIsTerminal: true, colorOnStdout: false, colorOnStderr: false)
        let reporter = TextReporter(out: out, err: BufferStream(), terminal: terminal, columns: { 50 })
        reporter.emit(.downloadProgress(path: "videos/2024/cat.mp4", DownloadProgress(received: 0, total: 2_097_152)))
        reporter.emit(.downloadProgress(path: "videos/2024/cat.mp4", DownloadProgress(received: 2_097_152, total: 2_097_152)))
        reporter.emit(.downloaded(TaskLabel(taskID: "t1", name: nil), path: "videos/2024/cat.mp4", bytes: 2_097_152, resumedFrom: 0))
        #expect(out.text == "videos/2024/cat.mp4  [............] 0 B / 2.0 MiB"
            + "\r\u{1B}[Jvideos/2024/cat.mp4  [########] 2.0 MiB / 2.0 MiB"
            + "\r\u{1B}[Jdownloaded videos/2024/cat.mp4 (2.0 MiB)\n")
    }
}

/// A seeded generator, so the property tests check the same cases on every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
