import Hummingbird

/// Builds JSON answers in the envelope `{"code":…,"msg":…,"data":…}`, shaped by the response variant.
struct Envelope: Sendable {
    let variant: ResponseVariant

    func success(_ data: JSONValue) -> Response {
        .json(body(code: .success, message: "ok", data: data))
    }

    /// With `errorsAsHTTP200` the status is 200 whatever `status` says.
    func failure(_ code: APICode, _ message: String, status: HTTPResponse.Status) -> Response {
        .json(body(code: code, message: message), status: variant.errorsAsHTTP200 ? .ok : status)
    }

    /// An injected failure keeps its status whatever the variant: it stands for a proxy or overload in front of the API.
    func injectedFailure(_ message: String, status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        .json(body(code: .serverError, message: message), status: status, headers: headers)
    }

    func body(code: APICode, message: String, data: JSONValue? = nil) -> JSONValue {
        var members: [String: JSONValue] = [
            "code": variant.codeAsNumber ? .integer(code.rawValue) : .string(String(code.rawValue)),
            "msg": .string(message),
        ]
        members["data"] = data
        return .object(members)
    }
}

extension Response {
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: value.encoded())))
    }
}
