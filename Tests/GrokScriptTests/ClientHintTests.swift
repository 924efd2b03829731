import GrokCore
import GrokSyntax
import Testing
@testable import GrokScript

/// GrokCore says what went wrong; advice that names a command (`wait`, `download`, `to PATH`,
/// `prompt …`) is the language's, added where a run renders a client error.
@Suite struct ClientHintTests {
    private func hints(_ error: GrokError) -> [String] {
        RuntimeError.client(error).wording.notes.filter { $0.kind == .hint }.map(\.message)
    }

    @Test func aTaskCreatedButNotRecordedSaysHowToGoOnWithoutTheJournal() {
        let error = GrokError.createdButNotRecorded(taskID: "task-42", reason: "No space left on device")
        #expect(error.hint == nil)
        #expect(hints(error) == ["keep this id: wait task-42 and download task-42 work without the journal"])
    }

    @Test(arguments: [
        (GrokError.waitTimedOut(taskID: "cat", after: .seconds(60)), "resume with: wait cat"),
        (.targetExists(path: "cat.mp4"), "choose another path with `to PATH`, or `set overwrite on`"),
        (.unknownTask(reference: "cat"), "`jobs` lists the tasks the journal knows"),
        (.downloadInconsistent(.rangeNotSatisfiable(offset: 10)),
         "the part downloaded so far is kept and the next `download` resumes it if it still fits"),
    ])
    func commandHintsAreTheLanguages(error: GrokError, hint: String) {
        #expect(error.hint == nil)
        #expect(hints(error) == [hint])
    }

    /// A hint the core can give without naming a command is still the core's.
    @Test func theCoresOwnHintIsKept() {
        #expect(hints(.network(.system(errno: 111))) == ["check the base URL (--base-url, JIMMYAI_BASE_URL) and the network"])
    }

    @Test func aDraftProblemNamesTheCommandThatFixesIt() {
        #expect(ValidationProblem.missingPrompt.hint == nil)
        #expect(RuntimeError.client(.invalidDraft([.missingPrompt])).wording.label == "set one with: prompt \"a cat surfing\"")
        #expect(hints(.invalidDraft([.missingPrompt, .missingImage])) == [
            "the prompt is empty: set one with: prompt \"a cat surfing\"",
            "no reference image: Grok 1.5 needs exactly one reference image: image URL-or-PATH",
        ])
    }
}
