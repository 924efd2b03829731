import GrokCore

extension ValidationProblem {
    /// The hint a script shows: the command that fixes the draft, else the core's own.
    var scriptHint: String? {
        switch self {
        case .missingPrompt: "set one with: prompt \"a cat surfing\""
        case .missingImage: "Grok 1.5 needs exactly one reference image: image URL-or-PATH"
        default: hint
        }
    }
}
