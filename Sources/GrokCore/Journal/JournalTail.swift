import Foundation

/// What a journal file held when it was last read: the jobs its whole lines fold into and
/// where those lines end. The journal only grows, so the next read starts there; a file that
/// was replaced or shrank is read again from its start. This keeps the REPL's prompt and
/// completion quick however many tasks the journal holds.
struct JournalTail: Sendable {
    private var device: UInt = 0
    private var inode: UInt = 0
    private var offset: Int64 = 0
    private var ledger = JobLedger()

    /// The jobs the file at `path` holds now; throws the reason when it cannot be read.
    mutating func jobs(at path: String) throws(JournalTailError) -> [Job] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT {
                self = JournalTail()
                return []
            }
            throw JournalTailError(reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw JournalTailError(reason: String(cString: strerror(errno))) }
        if UInt(info.st_dev) != device || UInt(info.st_ino) != inode || Int64(info.st_size) < offset {
            self = JournalTail()
            device = UInt(info.st_dev)
            inode = UInt(info.st_ino)
        }
        let added = try Self.read(fd, from: offset, count: Int(Int64(info.st_size) - offset))
        // Only whole lines move the offset on; a line still without its newline (being
        // written, or torn by a crash) is read again next time.
        let wholeEnd = (added.lastIndex(of: UInt8(ascii: "\n"))).map { $0 + 1 } ?? 0
        for line in added[..<wholeEnd].split(separator: UInt8(ascii: "\n")) {
            if let entry = JournalEntry(line: line) { ledger.apply(entry) }
        }
        offset += Int64(wholeEnd)
        var result = ledger
        if wholeEnd < added.count, let entry = JournalEntry(line: added[wholeEnd...]) { result.apply(entry) }
        return result.jobs
    }

    private static func read(_ fd: Int32, from offset: Int64, count: Int) throws(JournalTailError) -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                pread(fd, buffer.baseAddress.map { $0 + filled }, count - filled, off_t(offset) + off_t(filled))
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw JournalTailError(reason: String(cString: strerror(errno))) }
            if got == 0 { break } // the file shrank while being read: what was read stands
            filled += got
        }
        return Array(bytes[..<filled])
    }
}

struct JournalTailError: Error {
    let reason: String
}
