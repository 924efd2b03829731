import GrokCore

/// One step of `grok tutorial`: what to do and the API rule behind it, what shows it done,
/// and what to say when it is not done yet.
struct TutorialStep: Sendable {
    let title: String
    /// The rule of the API this step is about, and the commands to type.
    let lesson: String
    /// What happened once the step is done, and why it matters.
    let explanation: @Sendable (TutorialState) -> String
    /// `nil` when the step is done; else what is still missing and what to type.
    let missing: @Sendable (TutorialState) -> String?
}

/// What a step's check looks at after each entry: the session as the entry left it, the
/// entry itself, and the sandbox's count of creates it answered with 429.
struct TutorialState: Sendable {
    let session: Session
    /// The entry's words as typed (`show request` → `["show", "request"]`).
    let words: [String]
    /// Whether the entry reported an error of its own.
    let failed: Bool
    let rateLimitedCreates: Int
    let fileExists: @Sendable (String) -> Bool

    /// The first task of the tutorial, by its name when it has one.
    var firstTask: (reference: String, info: TaskInfo?)? {
        guard let id = session.submitted.first else { return nil }
        let name = session.names.first { $0.value == id }?.key
        return (name ?? id, session.known[id])
    }

    /// Whether this entry was `words`, and ran without an error.
    func typed(_ expected: String...) -> Bool {
        !failed && words.prefix(expected.count).map { $0.lowercased() } == expected
    }
}
