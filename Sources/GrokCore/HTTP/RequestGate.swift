/// Asked before each request is handed to the network (a retry and a poll are requests
/// too), with the request as the trace shows it, redacted: whether to send it. A request
/// held back fails as `.cancelled`, provably never sent, so a create held back is no task.
/// `grok --step` pauses here; GrokCore knows nothing of how the answer is asked.
public typealias RequestGate = @Sendable (TraceEvent) async -> RequestGateAnswer

public enum RequestGateAnswer: Sendable {
    case send
    case stop
}
