import Foundation
import Testing
@testable import GrokCore

/// A large download is synced to disk in the background as it arrives; a background sync
/// that fails must still fail the download, since Linux reports a write error only once.
@Suite struct WriteBehindTests {
    @Test func aFailedBackgroundSyncIsReportedBySettle() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { ends.forEach { close($0) } }
        // fdatasync of a pipe fails (EINVAL), as a disk error would.
        let writeBehind = WriteBehind(fd: ends[1])
        writeBehind.wrote(Int(WriteBehind.step))
        #expect(writeBehind.settle() == EINVAL)
    }

    @Test func nothingIsSyncedBeforeAStepHasGathered() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { ends.forEach { close($0) } }
        let writeBehind = WriteBehind(fd: ends[1])
        writeBehind.wrote(Int(WriteBehind.step) - 1)
        #expect(writeBehind.settle() == nil)
    }

    @Test func aFileSyncedInTheBackgroundSettlesCleanly() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("write-behind-\(UUID().uuidString)").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        #expect(fd >= 0)
        defer {
            close(fd)
            unlink(path)
        }
        let writeBehind = WriteBehind(fd: fd)
        let chunk = [UInt8](repeating: 7, count: 1 << 20)
        for _ in 0..<(Int(WriteBehind.step >> 20) * 2) {
            #expect(chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == chunk.count)
            writeBehind.wrote(chunk.count)
        }
        #expect(writeBehind.settle() == nil)
    }
}
