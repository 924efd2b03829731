import Testing
@testable import GrokSandbox

/// The embedded video is one a class can watch: at least 320x180, a few seconds, H.264,
/// its index (`moov`) before its media (`mdat`) so a browser plays it as it arrives, and small.
@Suite struct SampleVideoTests {
    static let bytes = SampleVideo.bytes

    /// Where the box type `name` first appears (the box starts 4 bytes before).
    static func offset(of name: String) -> Int? {
        let type = Array(name.utf8)
        return bytes.indices.dropLast(3).first { Array(bytes[$0..<($0 + 4)]) == type }
    }

    static func uint32(at index: Int) -> Int {
        bytes[index..<(index + 4)].reduce(0) { $0 << 8 | Int($1) }
    }

    @Test func isAFewSecondsOfAtLeast320x180() throws {
        let header = try #require(Self.offset(of: "mvhd"))
        try #require(Self.bytes[header + 4] == 0, "a version 0 mvhd")
        let seconds = Double(Self.uint32(at: header + 20)) / Double(Self.uint32(at: header + 16))
        #expect((3...5).contains(seconds), "\(seconds) s")
        let track = try #require(Self.offset(of: "tkhd"))
        try #require(Self.bytes[track + 4] == 0, "a version 0 tkhd")
        let (width, height) = (Self.uint32(at: track + 80) >> 16, Self.uint32(at: track + 84) >> 16)
        #expect(width >= 320 && height >= 180, "\(width)x\(height)")
    }

    @Test func isH264WithItsIndexFirstAndSmall() throws {
        #expect(Self.offset(of: "avc1") != nil)
        let index = try #require(Self.offset(of: "moov"))
        let media = try #require(Self.offset(of: "mdat"))
        #expect(index < media, "faststart")
        #expect(Self.bytes.count < 60_000, "\(Self.bytes.count) bytes")
    }
}
