import Hummingbird

extension SandboxHandlers {
    func upload(_ exchange: SandboxExchange) async -> Response {
        let form: MultipartForm
        do {
            form = try MultipartForm(body: exchange.body, contentType: exchange.headers[.contentType])
        } catch {
            return envelope.failure(.badRequest, error.message, status: .badRequest)
        }
        guard let part = form.part(named: "file") else {
            return envelope.failure(.badRequest, "multipart part named 'file' is required", status: .badRequest)
        }
        guard let filename = part.filename.map(Self.lastPathComponent), !filename.isEmpty else {
            return envelope.failure(.badRequest, "the 'file' part needs a filename", status: .badRequest)
        }
        guard let mimeType = UploadPolicy.mimeType(forFilename: filename) else {
            return envelope.failure(
                .badRequest,
                "file type of '\(filename)' is not allowed; allowed extensions: \(UploadPolicy.allowedExtensions)",
                status: .badRequest
            )
        }
        guard part.bytes.count <= UploadPolicy.maximumFileSize else {
            return envelope.failure(.badRequest, Self.tooLargeMessage, status: .badRequest)
        }
        let file = await state.storeUpload(filename: filename, mimeType: mimeType, bytes: Array(part.bytes))
        return envelope.success(.object([
            "url": .string(exchange.origin + file.path),
            "filename": .string(file.filename),
            "size": .integer(file.bytes.count),
            "mime_type": .string(file.mimeType),
        ]))
    }

    static let tooLargeMessage = "file is larger than 100 MB (limit \(UploadPolicy.maximumFileSize) bytes)"

    /// Browsers may send a full client path as the file name; only its last component is kept.
    private static func lastPathComponent(_ filename: String) -> String {
        String(filename.split { $0 == "/" || $0 == "\\" }.last ?? "")
    }
}
