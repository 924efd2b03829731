/// The parts of a `multipart/form-data` body (RFC 7578), read from memory.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String?
        var filename: String?
        var contentType: String?
        var bytes: ArraySlice<UInt8>
    }

    let parts: [Part]

    init(body: [UInt8], contentType: String?) throws(BadRequest) {
        guard let contentType, let boundary = Self.boundary(in: contentType) else {
            throw BadRequest(message: "Content-Type must be multipart/form-data with a boundary")
        }
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [Part] = []
        guard var cursor = body.firstRange(of: delimiter)?.upperBound else {
            throw BadRequest(message: "multipart body has no part")
        }
        // After each delimiter: "--" closes the body, otherwise CRLF, part headers, CRLF CRLF, content, CRLF.
        while !body[cursor...].starts(with: Array("--".utf8)) {
            guard let next = body[cursor...].firstRange(of: Array("\r\n".utf8) + delimiter),
                  let part = Self.part(body[cursor..<next.lowerBound])
            else {
                throw BadRequest(message: "multipart body is malformed")
            }
            parts.append(part)
            cursor = next.upperBound
        }
        self.parts = parts
    }

    func part(named name: String) -> Part? {
        parts.first { $0.name == name }
    }

    private static func boundary(in contentType: String) -> String? {
        let parameters = HeaderParameters(contentType)
        guard parameters.value.lowercased() == "multipart/form-data",
              let boundary = parameters["boundary"], !boundary.isEmpty
        else { return nil }
        return boundary
    }

    /// `raw` starts with the CRLF after the delimiter and ends before the CRLF of the next one.
    private static func part(_ raw: ArraySlice<UInt8>) -> Part? {
        let separator = Array("\r\n\r\n".utf8)
        guard let headerEnd = raw.firstRange(of: separator) else { return nil }
        let headerText = String(decoding: raw[raw.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        var part = Part(bytes: raw[headerEnd.upperBound...])
        for line in headerText.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingWhitespace().lowercased()
            let value = String(line[line.index(after: colon)...].trimmingWhitespace())
            switch name {
            case "content-disposition":
                let disposition = HeaderParameters(value)
                part.name = disposition["name"]
                part.filename = disposition["filename"]
            case "content-type":
                part.contentType = value
            default:
                break
            }
        }
        return part
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}
