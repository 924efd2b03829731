import NIOHTTP1

/// `X-Grok-Sandbox: 1`, which grok's sandbox sends with every answer and the real API never
/// does: grok then polls its tasks as promptly as under `--sandbox`. The sandbox is another
/// module that GrokCore does not import; it names the header itself, and a test checks the
/// two agree. A server that sent it falsely would only get quicker polls, still under the
/// rate cap.
public enum SandboxAnnouncement {
    public static let header = "X-Grok-Sandbox"

    static func isPresent(in headers: HTTPHeaders) -> Bool {
        headers.first(name: header) == "1"
    }
}
