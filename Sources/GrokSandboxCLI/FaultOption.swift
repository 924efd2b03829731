import ArgumentParser
import GrokSandbox

/// One `--fault ENDPOINT:FAULT:once|always`, read into the rule the sandbox applies.
enum FaultOption {
    /// The words for the endpoints, as a user names them.
    static let endpoints: [(word: String, endpoint: SandboxEndpoint)] = [
        ("create", .create), ("query", .query), ("download", .video), ("upload", .upload),
        ("balance", .userBalance), ("key-balance", .keyBalance),
    ]

    /// The faults, each as the real one looks (see docs/sandbox.md).
    static let faults: [(word: String, fault: SandboxFault)] = [
        ("429", .rateLimited(retryAfter: PromptMarker.retryAfterSeconds)),
        ("500", .httpStatus(500)), ("502", .httpStatus(502)), ("503", .httpStatus(503)),
        ("busy", .serverBusy), ("drop", .dropConnection), ("html", .htmlBody),
    ]

    static let syntax = "ENDPOINT:FAULT:once|always"

    static func rule(_ text: String) throws(ValidationError) -> SandboxFaultRule {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else {
            throw ValidationError("--fault '\(text)': expected \(syntax), e.g. create:429:once")
        }
        guard let endpoint = endpoints.first(where: { $0.word == parts[0] })?.endpoint else {
            throw ValidationError("--fault '\(text)': unknown endpoint '\(parts[0])'; use one of \(words(endpoints.map(\.word)))")
        }
        guard let fault = faults.first(where: { $0.word == parts[1] })?.fault else {
            throw ValidationError("--fault '\(text)': unknown fault '\(parts[1])'; use one of \(words(faults.map(\.word)))")
        }
        guard let repetition = SandboxFaultRule.Repetition(rawValue: parts[2]) else {
            throw ValidationError("--fault '\(text)': unknown repetition '\(parts[2])'; use once or always")
        }
        return SandboxFaultRule(endpoint: endpoint, fault: fault, repetition: repetition)
    }

    /// Refuses a second `always` on one endpoint: only one can answer every request.
    static func rules(_ texts: [String]) throws(ValidationError) -> [SandboxFaultRule] {
        var rules: [SandboxFaultRule] = []
        for text in texts {
            let rule = try rule(text)
            if rule.repetition == .always, rules.contains(where: { $0.endpoint == rule.endpoint && $0.repetition == .always }) {
                throw ValidationError("--fault '\(text)': \(text.prefix { $0 != ":" }) already has an 'always' fault; give one")
            }
            rules.append(rule)
        }
        return rules
    }

    private static func words(_ list: [String]) -> String {
        list.joined(separator: ", ")
    }
}
