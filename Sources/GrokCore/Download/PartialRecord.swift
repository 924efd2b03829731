import Foundation
import OrderedCollections

/// What a `.part` file is a part of, kept beside it as `PATH.part.info`: the task, the URL
/// and the server's validators. A `.part` is resumed only when its record matches the
/// download asked for and the server's answer; a `.part` with no record is never resumed.
struct PartialRecord: Equatable {
    var taskID: String?
    var url: String
    var etag: String?
    var lastModified: String?
    /// The whole video's size in bytes, when the server said.
    var total: Int64?

    static func path(for part: String) -> String { part + ".info" }

    /// Records are small; anything larger is not one.
    static let maxBytes = 64 * 1024

    /// `nil` when there is no record or it cannot be read (a symbolic link is not followed).
    static func load(from path: String) -> PartialRecord? {
        guard let fd = try? NoFollowFile.open(path, O_RDONLY) else { return nil }
        defer { close(fd) }
        var data = [UInt8](repeating: 0, count: maxBytes + 1)
        let count = data.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0, count <= maxBytes, let json = JSONValue.parse(data.prefix(count)),
              let url = json["url"]?.stringValue else { return nil }
        return PartialRecord(taskID: json["task_id"]?.stringValue, url: url, etag: json["etag"]?.stringValue,
                             lastModified: json["last_modified"]?.stringValue, total: json["total"]?.lenientNumber.map { Int64($0) })
    }

    /// Written whole and synced before the first byte of the part it describes.
    func save(to path: String) throws(GrokError) {
        var fields: OrderedDictionary<String, JSONValue> = ["v": 1]
        if let taskID { fields["task_id"] = .string(taskID) }
        fields["url"] = .string(url)
        if let etag { fields["etag"] = .string(etag) }
        if let lastModified { fields["last_modified"] = .string(lastModified) }
        if let total { fields["total"] = .number(Double(total)) }
        let fd = try NoFollowFile.open(path, O_WRONLY | O_CREAT)
        defer { close(fd) }
        guard !NoFollowFile.hasOtherLinks(fd) else { throw .unsafeDownloadPath(path: path, reason: "it has another hard link") }
        guard ftruncate(fd, 0) == 0 else { throw .fileSystem(path: path, reason: String(cString: strerror(errno))) }
        do { try FileDescriptorIO.writeAll(fd, JSONValue.object(fields).compactText + "\n") } catch {
            throw .fileSystem(path: path, reason: error.reason)
        }
        guard fsync(fd) == 0 else { throw .fileSystem(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Whether this part belongs to the download of `url` for `taskID`.
    func belongs(to url: URL, taskID: String?) -> Bool {
        self.url == url.absoluteString && self.taskID == taskID
    }

    /// Why an answer describing the video as `answer` cannot continue this part, or `nil`
    /// when it can: every validator both sides know must agree.
    func mismatch(with answer: PartialRecord) -> DownloadMismatch? {
        if let etag, let other = answer.etag, etag != other { return .etagChanged(from: etag, to: other) }
        if let lastModified, let other = answer.lastModified, lastModified != other {
            return .lastModifiedChanged(from: lastModified, to: other)
        }
        if let total, let other = answer.total, total != other { return .sizeChanged(from: total, to: other) }
        return nil
    }

    /// `If-Range`: a strong ETag, else the Last-Modified date; the server then answers the
    /// whole video (200) instead of a part of something that changed.
    var ifRange: String? {
        if let etag, !etag.hasPrefix("W/") { return etag }
        return lastModified
    }
}
