/// What took too long; the wording is in `GrokError+Description.swift`.
public enum TimeoutFailure: Sendable, Equatable {
    /// Setting up the connection (TCP, TLS, a pool slot).
    case connecting
    /// Waiting for the answer after the request was sent.
    case answering
}
