import Foundation
import Hummingbird

/// What a request asks for, read from its method and path.
enum SandboxRoute: Equatable, Sendable {
    case create
    case query(taskID: String)
    case upload
    case userBalance
    case keyBalance
    case video(taskID: String)
    case uploadedFile(number: Int, filename: String)
    case unknown

    static let apiPrefix = "/api/open-api/v1"

    init(method: HTTPRequest.Method, path: String) {
        self = Self.apiRoute(method, path) ?? Self.fileRoute(method, path) ?? .unknown
    }

    private static func apiRoute(_ method: HTTPRequest.Method, _ path: String) -> SandboxRoute? {
        guard let rest = path.segments(after: apiPrefix) else { return nil }
        switch (method, rest) {
        case (.post, ["grok", "videos"]): return .create
        case (.post, ["files", "upload"]): return .upload
        case (.get, ["user", "balance"]): return .userBalance
        case (.get, ["key", "balance"]): return .keyBalance
        case (.get, _) where rest.count == 2 && rest[0] == "videos" && !rest[1].isEmpty:
            return .query(taskID: rest[1].removingPercentEncoding ?? rest[1])
        default: return nil
        }
    }

    private static func fileRoute(_ method: HTTPRequest.Method, _ path: String) -> SandboxRoute? {
        if method == .get || method == .head, let rest = path.segments(after: "/files/videos"),
           rest.count == 1, rest[0].hasSuffix(".mp4"), rest[0].count > 4
        {
            let id = String(rest[0].dropLast(4))
            return .video(taskID: id.removingPercentEncoding ?? id)
        }
        if method == .get, let rest = path.segments(after: "/files/uploads"), rest.count == 2,
           let number = Int(rest[0]), let filename = rest[1].removingPercentEncoding
        {
            return .uploadedFile(number: number, filename: filename)
        }
        return nil
    }

    var endpoint: SandboxEndpoint? {
        switch self {
        case .create: .create
        case .query: .query
        case .upload: .upload
        case .userBalance: .userBalance
        case .keyBalance: .keyBalance
        case .video: .video
        case .uploadedFile, .unknown: nil
        }
    }

    /// API routes need a Bearer key; file routes behave like signed storage URLs and need none.
    var requiresKey: Bool {
        switch self {
        case .create, .query, .upload, .userBalance, .keyBalance: true
        case .video, .uploadedFile, .unknown: false
        }
    }
}

extension String {
    /// The `/`-separated segments that follow `prefix`, or nil when the path does not continue it.
    fileprivate func segments(after prefix: String) -> [String]? {
        guard hasPrefix(prefix + "/") else { return nil }
        return dropFirst(prefix.count + 1).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    }
}
