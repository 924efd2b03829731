import Foundation

/// Where the key comes from (SPEC §8): never a command-line argument.
/// Precedence: an explicit key file, then `JIMMYAI_API_KEY`, then `JIMMYAI_API_KEY_FILE`.
public enum KeySource {
    public static let environmentVariable = "JIMMYAI_API_KEY"
    public static let fileEnvironmentVariable = "JIMMYAI_API_KEY_FILE"

    /// `nil` when no source is configured; throws when a source is configured but unusable.
    public static func load(keyFile: String?, environment: [String: String]) throws(GrokError) -> APIKey? {
        if let keyFile { return try read(keyFile) }
        if let value = environment[environmentVariable] {
            guard let key = APIKey(value) else { throw .emptyKey(source: environmentVariable) }
            return key
        }
        if let path = environment[fileEnvironmentVariable], !path.isEmpty { return try read(path) }
        return nil
    }

    /// Reads a key file whose mode is 0600 or 0400.
    public static func read(_ path: String) throws(GrokError) -> APIKey {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .keyFileUnreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let mode = Int(info.st_mode & 0o777)
        guard mode == 0o600 || mode == 0o400 else { throw .keyFileMode(path: path, mode: mode) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .keyFileUnreadable(path: path, reason: "not a regular file") }
        guard info.st_size <= 64 * 1024 else { throw .keyFileUnreadable(path: path, reason: "too large for a key") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .keyFileUnreadable(path: path, reason: "permission denied")
        }
        guard let key = APIKey(String(decoding: data, as: UTF8.self)) else { throw .emptyKey(source: path) }
        return key
    }
}
