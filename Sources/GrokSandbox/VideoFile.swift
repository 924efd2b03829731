import Hummingbird

/// The served video: the sample MP4, optionally followed by a `free` box that pads it to an exact size.
/// Bytes are generated on demand, so any size costs constant memory.
struct VideoFile: Sendable {
    static let chunkSize = 256 * 1024

    let length: Int
    private let sample: [UInt8]
    private let boxHeader: [UInt8]

    init(size: Int?, sample: [UInt8] = SampleVideo.bytes) throws(SandboxError) {
        self.sample = sample
        guard let size, size != sample.count else {
            self.length = sample.count
            self.boxHeader = []
            return
        }
        let padding = size - sample.count
        guard padding >= 8 else {
            throw SandboxError.videoSizeTooSmall(minimum: sample.count + 8)
        }
        // A box size that does not fit 32 bits is written as size 1 plus a 64-bit "largesize".
        let header: [UInt8] =
            padding <= Int(UInt32.max)
            ? Self.bigEndian(UInt32(padding)) + Array("free".utf8)
            : Self.bigEndian(UInt32(1)) + Array("free".utf8) + Self.bigEndian(UInt64(padding))
        self.length = size
        self.boxHeader = header
    }

    func bytes(in range: Range<Int>) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(range.count)
        let headerRange = sample.count..<(sample.count + boxHeader.count)
        let sampleBytes = range.clamped(to: 0..<sample.count)
        let headerBytes = range.clamped(to: headerRange)
        buffer.writeBytes(sample[sampleBytes])
        buffer.writeBytes(boxHeader[(headerBytes.lowerBound - headerRange.lowerBound)..<(headerBytes.upperBound - headerRange.lowerBound)])
        buffer.writeRepeatingByte(0, count: range.count - sampleBytes.count - headerBytes.count)
        return buffer
    }

    /// A streamed body for `range`, written in chunks of at most ``chunkSize`` bytes.
    func body(for range: Range<Int>) -> ResponseBody {
        ResponseBody(contentLength: range.count) { writer in
            for start in stride(from: range.lowerBound, to: range.upperBound, by: Self.chunkSize) {
                try await writer.write(bytes(in: start..<min(start + Self.chunkSize, range.upperBound)))
            }
            try await writer.finish(nil)
        }
    }

    private static func bigEndian<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }
}
