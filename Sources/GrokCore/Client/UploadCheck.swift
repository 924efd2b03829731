import Foundation

/// Checks a file against the upload rules before a byte is sent.
public enum UploadCheck {
    /// Throws what an upload of `path` would refuse before sending (the rehearsal asks too).
    public static func check(_ path: String) throws(GrokError) {
        _ = try body(forFileAt: path)
    }

    static func body(forFileAt path: String) throws(GrokError) -> MultipartFileBody {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .uploadFileUnreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .uploadFileUnreadable(path: path, reason: "not a regular file") }
        guard access(path, R_OK) == 0 else { throw .uploadFileUnreadable(path: path, reason: "permission denied") }
        let ext = URL(fileURLWithPath: path).pathExtension
        guard UploadRules.isAllowed(extension: ext) else { throw .uploadUnsupportedType(path: path, fileExtension: ext) }
        let size = Int64(info.st_size)
        guard size <= UploadRules.maximumBytes else { throw .uploadTooLarge(path: path, size: size, limit: UploadRules.maximumBytes) }
        return MultipartFileBody(path: path, mimeType: UploadRules.mimeType(forExtension: ext), fileSize: size)
    }
}
