/// What the upload endpoint accepts (API.md): a size limit and a list of extensions, each with its MIME type.
enum UploadPolicy {
    static let maximumFileSize = 104_857_600

    static let mimeTypes: [String: String] = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
        "webp": "image/webp", "bmp": "image/bmp", "svg": "image/svg+xml",
        "mp4": "video/mp4", "mov": "video/quicktime", "avi": "video/x-msvideo", "webm": "video/webm",
        "mkv": "video/x-matroska", "m4v": "video/x-m4v", "flv": "video/x-flv",
        "mp3": "audio/mpeg", "wav": "audio/wav", "aac": "audio/aac", "m4a": "audio/mp4",
        "flac": "audio/flac", "ogg": "audio/ogg",
    ]

    static let allowedExtensions: String = [
        "jpg", "jpeg", "png", "gif", "webp", "bmp", "svg",
        "mp4", "mov", "avi", "webm", "mkv", "m4v", "flv",
        "mp3", "wav", "aac", "m4a", "flac", "ogg",
    ].map { "." + $0 }.joined(separator: " ")

    /// The MIME type for an allowed file name, compared case-insensitively; nil when the extension is not allowed.
    static func mimeType(forFilename filename: String) -> String? {
        guard let dot = filename.lastIndex(of: "."), dot != filename.startIndex else { return nil }
        return mimeTypes[filename[filename.index(after: dot)...].lowercased()]
    }
}
