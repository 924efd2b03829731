import Foundation

/// What a part must be to be resumed, and what a finished part must be to be moved into
/// place: the bytes on disk are checked, not only the record beside them.
extension PartialFile {
    /// Whether the bytes already here may be continued as the download of `url` for `taskID`:
    /// `record` (the `.part.info`) names that download, the part is no longer than the video
    /// it describes, and a video part starts with an MP4 box. Anything else is started over.
    func mayResume(as record: PartialRecord?, of url: URL, taskID: String?, expectingVideo: Bool) -> Bool {
        guard let record, record.belongs(to: url, taskID: taskID) else { return false }
        if let total = record.total, size > total { return false }
        return !expectingVideo || size == 0 || startsLikeAVideo
    }

    /// The finished file, checked whatever produced it (one answer, a resumed part, a 416
    /// saying the part was already whole): its length is the video's `total` when the server
    /// said it, and a video starts with an MP4 box. A part that fails is thrown away.
    mutating func checkWhole(total: Int64?, expectingVideo: Bool, redactor: Redactor) throws(GrokError) {
        let size = size
        var problem: GrokError?
        if let total, size != total {
            problem = .downloadIncomplete(expected: total, received: size)
        } else if expectingVideo, !startsLikeAVideo {
            problem = .notMP4(excerpt: ResponseDecoding.excerpt(head(VideoSniffer.headLength), redactor: redactor, whole: false))
        }
        guard let problem else { return }
        try truncate()
        unlink(PartialRecord.path(for: path))
        throw problem
    }

    private var startsLikeAVideo: Bool {
        VideoSniffer.judge(head(VideoSniffer.headLength), contentType: nil) == .video
    }
}
