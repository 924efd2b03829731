import GrokCore
import Testing

/// A create that succeeded while the journal could not record it: the paid task's id must
/// reach the user with the error (the hint naming `wait` and `download` is GrokScript's:
/// `ClientHintTests`).
@Suite struct CreatedButNotRecordedTests {
    @Test func theIdIsInTheMessage() {
        let error = GrokError.createdButNotRecorded(taskID: "task-42", reason: "No space left on device")
        #expect(error.description.contains("task-42"))
        #expect(error.description.contains("No space left on device"))
        #expect(error.exitStatus == .runtimeError)
    }
}
