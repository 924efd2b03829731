import Foundation
import GrokCore

/// Jobs as the journal would fold them, for the report's tests.
enum ReportJobs {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func completed(
        name: String? = "cat", taskID: String = "t1", prompt: String = "a cat", model: String = "grok-imagine-video-1.5",
        ratio: String = "16:9", imageURL: String = "https://example.com/cat.png", videoURL: String? = "https://videos.example.com/t1.mp4",
        file: String? = nil, script: String? = "batch.grok", line: Int? = 3, imageFile: String? = nil, at offset: TimeInterval = 0
    ) -> Job {
        var job = Job(origin: .sandbox, attempt: "a-\(taskID)", name: name, taskID: taskID, confirmation: .created,
                      status: TaskStatus("completed"), prompt: prompt,
                      request: .object(["model": .string(model), "prompt": .string(prompt), "duration": .number(10),
                                        "ratio": .string(ratio), "image_urls": .array([.string(imageURL)])]),
                      submittedAt: start.addingTimeInterval(offset), updatedAt: start.addingTimeInterval(offset + 42),
                      videoURL: videoURL.flatMap(URL.init(string:)), file: file)
        job.finishedAt = start.addingTimeInterval(offset + 42)
        job.queries = 7
        job.provenance = Provenance(script: script, line: line, imageFile: imageFile)
        return job
    }

    static func failed(taskID: String = "t2", reason: String = "PROVIDER_MODERATION_ERROR", at offset: TimeInterval = 0) -> Job {
        var job = completed(name: "dog", taskID: taskID, prompt: "a dog [fail]", videoURL: nil, at: offset)
        job.status = TaskStatus("failed")
        job.errorMessage = reason
        return job
    }

    static func running(taskID: String = "t3", at offset: TimeInterval = 0) -> Job {
        var job = completed(name: "slow", taskID: taskID, videoURL: nil, at: offset)
        job.status = TaskStatus("processing")
        job.finishedAt = nil
        return job
    }

    static func unconfirmed(at offset: TimeInterval = 0) -> Job {
        var job = completed(name: "maybe", taskID: "unused", videoURL: nil, at: offset)
        job.taskID = nil
        job.status = nil
        job.finishedAt = nil
        job.confirmation = .unconfirmed
        job.errorMessage = "the connection closed before an answer"
        return job
    }
}
