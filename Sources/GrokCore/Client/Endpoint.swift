import Foundation

/// The API's paths, relative to the base URL.
enum Endpoint {
    case create
    case query(taskID: String)
    case upload
    case userBalance
    case keyBalance

    var method: String {
        switch self {
        case .create, .upload: return "POST"
        case .query, .userBalance, .keyBalance: return "GET"
        }
    }

    var path: String {
        switch self {
        case .create: return "/api/open-api/v1/grok/videos"
        case .query(let taskID):
            let escaped = taskID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? taskID
            return "/api/open-api/v1/videos/\(escaped)"
        case .upload: return "/api/open-api/v1/files/upload"
        case .userBalance: return "/api/open-api/v1/user/balance"
        case .keyBalance: return "/api/open-api/v1/key/balance"
        }
    }

    func url(base: URL) -> URL {
        let baseText = base.absoluteString.hasSuffix("/") ? String(base.absoluteString.dropLast()) : base.absoluteString
        return URL(string: baseText + path) ?? base
    }
}
