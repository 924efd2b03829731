import Foundation

/// The API's paths, relative to the base URL: the one place they are written.
public enum Endpoint: Sendable {
    case create
    case query(taskID: String)
    case upload
    case userBalance
    case keyBalance

    private static let prefix = "/api/open-api/v1"

    public var method: String {
        switch self {
        case .create, .upload: return "POST"
        case .query, .userBalance, .keyBalance: return "GET"
        }
    }

    public var path: String {
        switch self {
        case .create: return Self.prefix + "/grok/videos"
        case .query(let taskID):
            let escaped = taskID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? taskID
            return Self.prefix + "/videos/" + escaped
        case .upload: return Self.prefix + "/files/upload"
        case .userBalance: return Self.prefix + "/user/balance"
        case .keyBalance: return Self.prefix + "/key/balance"
        }
    }

    public func url(base: URL) -> URL {
        let baseText = base.absoluteString.hasSuffix("/") ? String(base.absoluteString.dropLast()) : base.absoluteString
        return URL(string: baseText + path) ?? base
    }
}
