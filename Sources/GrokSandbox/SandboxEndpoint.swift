/// The routes faults can be injected on.
public enum SandboxEndpoint: String, Sendable, CaseIterable, Codable {
    case create, query, upload, userBalance, keyBalance, video
}
