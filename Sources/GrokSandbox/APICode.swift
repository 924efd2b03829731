/// The `code` values of API.md.
enum APICode: Int, Sendable {
    case success = 20000
    case unauthorized = 20001
    case badRequest = 20002
    case serverError = -1
}
