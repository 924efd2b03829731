import Foundation

/// Reads the one accepted API key from a file that only its owner can read (mode 0600 or 0400).
public enum SandboxKeyFile {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unreadable(path: String)
        case tooOpen(path: String, mode: Int)
        case empty(path: String)

        public var description: String {
            switch self {
            case .unreadable(let path):
                "cannot read key file \(path)"
            case .tooOpen(let path, let mode):
                "key file \(path) has mode \(String(mode, radix: 8)); it must be 600 or 400 (chmod 600 \(path))"
            case .empty(let path):
                "key file \(path) is empty"
            }
        }
    }

    public static func read(path: String) throws(Failure) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let permissions = attributes[.posixPermissions] as? NSNumber
        else { throw .unreadable(path: path) }
        let mode = permissions.intValue & 0o777
        guard mode == 0o600 || mode == 0o400 else { throw .tooOpen(path: path, mode: mode) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        let key = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !key.isEmpty else { throw .empty(path: path) }
        return key
    }
}
