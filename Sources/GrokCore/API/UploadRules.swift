/// What the upload call accepts.
public enum UploadRules {
    public static let maximumBytes: Int64 = 100 * 1024 * 1024
    public static let imageExtensions = ["jpg", "jpeg", "png", "gif", "webp", "bmp", "svg"]
    public static let videoExtensions = ["mp4", "mov", "avi", "webm", "mkv", "m4v", "flv"]
    public static let audioExtensions = ["mp3", "wav", "aac", "m4a", "flac", "ogg"]
    public static let allowedExtensions = imageExtensions + videoExtensions + audioExtensions

    public static func isAllowed(extension ext: String) -> Bool {
        allowedExtensions.contains(ext.lowercased())
    }

    static func mimeType(forExtension ext: String) -> String {
        switch ext.lowercased() {
        case "jpg", "jpeg": return "image/jpeg"
        case "png": return "image/png"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "bmp": return "image/bmp"
        case "svg": return "image/svg+xml"
        case "mp4", "m4v": return "video/mp4"
        case "mov": return "video/quicktime"
        case "avi": return "video/x-msvideo"
        case "webm": return "video/webm"
        case "mkv": return "video/x-matroska"
        case "flv": return "video/x-flv"
        case "mp3": return "audio/mpeg"
        case "wav": return "audio/wav"
        case "aac": return "audio/aac"
        case "m4a": return "audio/mp4"
        case "flac": return "audio/flac"
        case "ogg": return "audio/ogg"
        default: return "application/octet-stream"
        }
    }
}
