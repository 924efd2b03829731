import Hummingbird
import HummingbirdTesting
import Testing
@testable import GrokSandbox

@Suite struct UploadTests {
    @Test func uploadedFileIsStoredAndServedBack() async throws {
        let bytes: [UInt8] = Array(0...255) + Array("\r\n--not-the-boundary\r\n".utf8)
        try await withSandbox { sandbox, client in
            let response = try await client.post(API.upload, headers: API.multipartHeaders, body: API.multipart(filename: "Cat Photo.PNG", bytes: bytes))
            #expect(response.status == .ok)
            let data = try response.data
            let url = "\(sandbox.baseURL.absoluteString)/files/uploads/1/Cat%20Photo.PNG"
            #expect(data == .object([
                "url": .string(url), "filename": .string("Cat Photo.PNG"),
                "size": .integer(bytes.count), "mime_type": .string("image/png"),
            ]))
            let served = try await client.get("/files/uploads/1/Cat%20Photo.PNG")
            #expect(served.status == .ok)
            #expect(served.headers[.contentType] == "image/png")
            #expect(served.bytes == bytes)
            #expect(try await client.get("/files/uploads/1/other.png").status == .notFound)
            #expect(await sandbox.requestLog().first?.endpoint == .upload)
        }
    }

    @Test(arguments: ["virus.exe", "noextension", "archive.tar.gz", ".png"])
    func disallowedExtensionsAreRejected(filename: String) async throws {
        try await withSandbox { _, client in
            let response = try await client.post(API.upload, headers: API.multipartHeaders, body: API.multipart(filename: filename, bytes: [1]))
            #expect(response.status == .badRequest)
            #expect(try response.json["code"] == .string("20002"))
            #expect(try response.json["msg"] == .string(
                "file type of '\(filename)' is not allowed; allowed extensions: .jpg .jpeg .png .gif .webp .bmp .svg .mp4 .mov .avi .webm .mkv .m4v .flv .mp3 .wav .aac .m4a .flac .ogg"
            ))
        }
    }

    @Test func multipartWithoutFilePartIsRejected() async throws {
        try await withSandbox { _, client in
            let response = try await client.post(API.upload, headers: API.multipartHeaders, body: API.multipart(name: "image", filename: "a.png", bytes: [1]))
            #expect(response.status == .badRequest)
            #expect(try response.json["msg"] == .string("multipart part named 'file' is required"))
        }
    }

    @Test func nonMultipartBodyIsRejected() async throws {
        try await withSandbox { _, client in
            let response = try await client.post(API.upload, headers: API.bearer, body: ByteBuffer(string: "{}"))
            #expect(response.status == .badRequest)
            #expect(try response.json["msg"] == .string("Content-Type must be multipart/form-data with a boundary"))
        }
    }

    @Test func logKeepsAtMostTheFirst64KiBOfAnUpload() async throws {
        try await withSandbox { sandbox, client in
            let body = API.multipart(filename: "big.mp4", bytes: [UInt8](repeating: 7, count: 200_000))
            _ = try await client.post(API.upload, headers: API.multipartHeaders, body: body)
            #expect(await sandbox.requestLog().first?.body == Array(body.readableBytesView.prefix(65536)))
        }
    }

    @Test func multipartParserHandlesQuotedParametersAndPaths() throws {
        let body = Array("""
            preamble\r
            --XyZ\r
            Content-Disposition: form-data; name="file"; filename="a;b \\"c\\".jpg"\r
            Content-Type: image/jpeg\r
            \r
            DATA\r
            --XyZ--\r

            """.utf8)
        let form = try MultipartForm(body: body, contentType: #"multipart/form-data; boundary="XyZ""#)
        let part = try #require(form.part(named: "file"))
        #expect(part.filename == #"a;b "c".jpg"#)
        #expect(part.contentType == "image/jpeg")
        #expect(Array(part.bytes) == Array("DATA".utf8))
        #expect(UploadPolicy.mimeType(forFilename: "X.JPEG") == "image/jpeg")
    }
}
