import Foundation
import GrokCore

/// One task's card, as the template reads it: every field is text the template escapes;
/// `…Source` fields hold only what `PageReference` allows. Names are unique across the
/// page, card and media: Mustache looks a missing value up in the enclosing ones.
struct ReportCard {
    struct Media {
        /// A relative path or an http(s) URL; nil when the reference may not be loaded.
        let imageSource: String?
        /// What the reference is, shown as text: the whole path or URL, and its last part.
        let imageText: String
        let imageName: String

        init(source: String?, text: String) {
            imageSource = source
            imageText = text
            imageName = text.split(separator: "/").last.map(String.init) ?? text
        }
    }

    struct Video {
        let videoSource: String
        /// `metadata` for a downloaded file (a few kilobytes read from disk: duration and
        /// first frame); `none` for a server's URL, fetched only when played.
        let preload: String
        /// A server's URL rather than the downloaded file: marked as one that may expire.
        let remote: Bool
    }

    let cardTitle: String
    let taskName: String?
    let taskID: String?
    let outcome: String
    let status: String
    let reason: String?
    let prompt: String?
    let model: String?
    let duration: String?
    let shape: String?
    let image: Media?
    let submitted: ReportTime?
    let finished: ReportTime?
    let waited: String?
    let queries: String?
    let scriptLine: String?
    let video: Video?
    /// A video URL that may not be a link (not http or https), shown as text.
    let videoText: String?

    init(_ task: ReportTask, pageDirectory: String, fileExists: (String) -> Bool) {
        let job = task.job
        cardTitle = task.title
        taskName = job.name
        taskID = job.taskID
        outcome = task.outcome.rawValue
        status = task.statusText
        reason = task.reason
        prompt = job.prompt
        model = task.model
        duration = task.duration.map { "\($0) s" }
        shape = task.shape
        image = Self.image(of: task, pageDirectory: pageDirectory, fileExists: fileExists)
        submitted = job.submittedAt.map { ReportTime($0) }
        finished = job.finishedAt.map { ReportTime($0) }
        waited = task.waited.map(ReportTime.seconds)
        queries = job.queries.map(String.init)
        scriptLine = task.source
        if let file = job.file, fileExists(file) {
            video = Video(videoSource: PageReference.relative(file, from: pageDirectory), preload: "metadata", remote: false)
            videoText = nil
        } else if let url = job.videoURL?.absoluteString {
            video = PageReference.remote(url).map { Video(videoSource: $0, preload: "none", remote: true) }
            videoText = video == nil ? url : nil
        } else {
            video = nil
            videoText = nil
        }
    }

    /// The local file the upload was made from (shown while it is there), else the URL the
    /// create named.
    private static func image(of task: ReportTask, pageDirectory: String, fileExists: (String) -> Bool) -> Media? {
        if let file = task.job.provenance.imageFile {
            return Media(source: fileExists(file) ? PageReference.relative(file, from: pageDirectory) : nil, text: file)
        }
        guard let url = task.imageURL else { return nil }
        return Media(source: PageReference.remote(url), text: url)
    }
}
