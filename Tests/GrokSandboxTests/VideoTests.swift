import Hummingbird
import HummingbirdTesting
import Testing
@testable import GrokSandbox

@Suite struct VideoTests {
    @Test func sampleIsAnMP4() {
        #expect(SampleVideo.bytes.count > 20_000)
        #expect(Array(SampleVideo.bytes[4..<8]) == Array("ftyp".utf8))
    }

    @Test func servedVideoIsTheSampleByteForByte() async throws {
        try await withSandbox(.init(taskDuration: .zero)) { sandbox, client in
            let id = try await sandbox.createTask(client)
            let response = try await client.get(API.video(id))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "video/mp4")
            #expect(response.headers[.acceptRanges] == "bytes")
            #expect(response.headers[.contentLength] == String(SampleVideo.bytes.count))
            #expect(response.bytes == SampleVideo.bytes)
            #expect(await sandbox.requestLog().last?.hasBearer == false)
        }
    }

    @Test func videoOfUnfinishedOrUnknownTaskIsNotFound() async throws {
        try await withSandbox(.init(taskDuration: .seconds(600))) { sandbox, client in
            let id = try await sandbox.createTask(client)
            #expect(try await client.get(API.video(id)).status == .notFound)
            #expect(try await client.get(API.video("sbx-task-000404")).status == .notFound)
        }
    }

    @Test(arguments: [
        ("bytes=10-19", 10..<20),
        ("bytes=2000-", 2000..<SampleVideo.bytes.count),
        ("bytes=-100", (SampleVideo.bytes.count - 100)..<SampleVideo.bytes.count),
        ("bytes=0-999999", 0..<SampleVideo.bytes.count),
    ])
    func rangeRequests(header: String, expected: Range<Int>) async throws {
        try await withSandbox(.init(taskDuration: .zero)) { sandbox, client in
            let id = try await sandbox.createTask(client)
            let response = try await client.get(API.video(id), headers: [.range: header])
            #expect(response.status == .partialContent)
            #expect(response.headers[.contentRange] == "bytes \(expected.lowerBound)-\(expected.upperBound - 1)/\(SampleVideo.bytes.count)")
            #expect(response.headers[.contentLength] == String(expected.count))
            #expect(response.bytes == Array(SampleVideo.bytes[expected]))
        }
    }

    /// Past the end, an empty suffix, and a range that starts at the first byte after the end.
    @Test(arguments: ["bytes=\(SampleVideo.bytes.count + 3000)-", "bytes=-0", "bytes=\(SampleVideo.bytes.count)-\(SampleVideo.bytes.count + 69)"])
    func unsatisfiableRange(header: String) async throws {
        try await withSandbox(.init(taskDuration: .zero)) { sandbox, client in
            let id = try await sandbox.createTask(client)
            let response = try await client.get(API.video(id), headers: [.range: header])
            #expect(response.status == .rangeNotSatisfiable)
            #expect(response.headers[.contentRange] == "bytes */\(SampleVideo.bytes.count)")
        }
    }

    @Test(arguments: [nil, "bytes=0-0,5-6", "items=0-5", "bytes=9-3", "bytes=x-"])
    func headersThatAreNotASingleByteRangeGetTheWholeBody(header: String?) {
        #expect(ByteRangeRequest(header: header, length: 100) == .whole)
    }

    @Test func headAnswersHeadersOnly() async throws {
        try await withSandbox(.init(taskDuration: .zero, videoSize: 1_000_000)) { sandbox, client in
            let id = try await sandbox.createTask(client)
            let response = try await client.head(API.video(id))
            #expect(response.status == .ok)
            #expect(response.headers[.contentLength] == "1000000")
            #expect(response.bytes.isEmpty)
        }
    }

    @Test func paddedVideoHasExactSizeAndStartsWithTheSample() async throws {
        let size = 300_000
        try await withSandbox(.init(taskDuration: .zero, videoSize: size)) { sandbox, client in
            let id = try await sandbox.createTask(client)
            let response = try await client.get(API.video(id))
            #expect(response.bytes.count == size)
            #expect(Array(response.bytes.prefix(SampleVideo.bytes.count)) == SampleVideo.bytes)
            let box = Array(response.bytes[SampleVideo.bytes.count..<(SampleVideo.bytes.count + 8)])
            let boxSize = box[0..<4].reduce(0) { $0 << 8 | Int($1) }
            #expect(boxSize == size - SampleVideo.bytes.count)
            #expect(Array(box[4..<8]) == Array("free".utf8))
            #expect(response.bytes[(SampleVideo.bytes.count + 8)...].allSatisfy { $0 == 0 })

            let tail = try await client.get(API.video(id), headers: [.range: "bytes=-10"])
            #expect(tail.headers[.contentRange] == "bytes \(size - 10)-\(size - 1)/\(size)")
        }
    }

    @Test func hugePaddingUsesALargesizeBoxAndIsGeneratedInPieces() throws {
        let size = 5 * 1024 * 1024 * 1024
        let file = try VideoFile(size: size)
        #expect(file.length == size)
        let header = Array(file.bytes(in: SampleVideo.bytes.count..<(SampleVideo.bytes.count + 16)).readableBytesView)
        #expect(header[0..<4] == [0, 0, 0, 1])
        #expect(Array(header[4..<8]) == Array("free".utf8))
        #expect(header[8..<16].reduce(0) { $0 << 8 | Int($1) } == size - SampleVideo.bytes.count)
        #expect(file.bytes(in: (size - 4)..<size).readableBytesView.elementsEqual([0, 0, 0, 0]))
    }

    @Test func tooSmallSizesAreRefused() async {
        await #expect(throws: SandboxError.videoSizeTooSmall(minimum: SampleVideo.bytes.count + 8)) {
            try await Sandbox.start(.init(videoSize: SampleVideo.bytes.count + 3))
        }
    }
}
