import Hummingbird

extension HTTPResponse.Status {
    /// The status for `code` with its standard reason phrase ("Internal Server Error" for
    /// 500), which `Status(code:)` leaves empty; an unlisted code keeps an empty phrase.
    static func standard(code: Int) -> HTTPResponse.Status {
        let known: [HTTPResponse.Status] = [
            .badRequest, .unauthorized, .forbidden, .notFound, .methodNotAllowed, .requestTimeout, .conflict, .gone,
            .contentTooLarge, .unsupportedMediaType, .rangeNotSatisfiable, .tooManyRequests,
            .internalServerError, .notImplemented, .badGateway, .serviceUnavailable, .gatewayTimeout,
        ]
        return known.first { $0.code == code } ?? HTTPResponse.Status(code: code)
    }

    /// `500 Internal Server Error`, or just `599` when the code has no standard phrase.
    var codeAndPhrase: String {
        reasonPhrase.isEmpty ? "\(code)" : "\(code) \(reasonPhrase)"
    }
}
