import Foundation
import NIOCore

/// A `multipart/form-data` body with one file part, streamed from disk in fixed-size chunks
/// so an upload of any size uses constant memory.
struct MultipartFileBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    let path: String
    let fieldName: String
    let filename: String
    let mimeType: String
    let fileSize: Int64
    let boundary: String

    static let chunkSize = 64 * 1024

    init(path: String, fieldName: String = "file", mimeType: String, fileSize: Int64,
         boundary: String = "grok-" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()) {
        self.path = path
        self.fieldName = fieldName
        self.filename = URL(fileURLWithPath: path).lastPathComponent
        self.mimeType = mimeType
        self.fileSize = fileSize
        self.boundary = boundary
    }

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    var preamble: String {
        let safeName = filename.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "")
            .replacingOccurrences(of: "\n", with: "")
        return "--\(boundary)\r\n"
            + "Content-Disposition: form-data; name=\"\(fieldName)\"; filename=\"\(safeName)\"\r\n"
            + "Content-Type: \(mimeType)\r\n\r\n"
    }

    var epilogue: String { "\r\n--\(boundary)--\r\n" }

    var contentLength: Int64 { Int64(preamble.utf8.count) + fileSize + Int64(epilogue.utf8.count) }

    /// What traces show instead of the file's bytes.
    var preview: String { preamble + "(\(fileSize) bytes of \(filename))" + epilogue }

    func makeAsyncIterator() -> Iterator { Iterator(body: self) }

    struct Iterator: AsyncIteratorProtocol {
        enum Stage { case preamble, file(FileHandle?, remaining: Int64), epilogue, done }
        let body: MultipartFileBody
        var stage: Stage = .preamble

        init(body: MultipartFileBody) { self.body = body }

        mutating func next() async throws -> ByteBuffer? {
            switch stage {
            case .preamble:
                let handle: FileHandle
                do { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: body.path)) } catch {
                    throw GrokError.uploadFileUnreadable(path: body.path, reason: error.localizedDescription)
                }
                stage = .file(handle, remaining: body.fileSize)
                return ByteBuffer(string: body.preamble)
            case .file(let handle, let remaining):
                guard let handle, remaining > 0 else {
                    try? handle?.close()
                    stage = .epilogue
                    return try await next()
                }
                let count = Int(Swift.min(Int64(MultipartFileBody.chunkSize), remaining))
                guard let data = try handle.read(upToCount: count), !data.isEmpty else {
                    try? handle.close()
                    throw GrokError.uploadFileUnreadable(path: body.path, reason: "the file shrank while it was being sent")
                }
                stage = .file(handle, remaining: remaining - Int64(data.count))
                return ByteBuffer(bytes: data)
            case .epilogue:
                stage = .done
                return ByteBuffer(string: body.epilogue)
            case .done:
                return nil
            }
        }
    }
}
