import GrokCore
import Testing

/// A create that succeeded while the journal could not record it: the paid task's id must
/// reach the user with the error, and say how to go on without the journal.
@Suite struct CreatedButNotRecordedTests {
    @Test func theIdIsInTheMessageAndTheHint() {
        let error = GrokError.createdButNotRecorded(taskID: "task-42", reason: "No space left on device")
        #expect(error.description.contains("task-42"))
        #expect(error.description.contains("No space left on device"))
        #expect(error.hint?.contains("wait task-42") == true)
        #expect(error.exitStatus == .runtimeError)
    }
}
