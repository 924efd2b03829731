/// A fault planned when the sandbox starts (`--fault ENDPOINT:FAULT:once|always`): on the
/// first request to its endpoint, or on every one.
public struct SandboxFaultRule: Sendable, Equatable {
    public enum Repetition: String, Sendable, CaseIterable {
        case once, always
    }

    public var endpoint: SandboxEndpoint
    public var fault: SandboxFault
    public var repetition: Repetition

    public init(endpoint: SandboxEndpoint, fault: SandboxFault, repetition: Repetition) {
        self.endpoint = endpoint
        self.fault = fault
        self.repetition = repetition
    }
}
