import Foundation
import GrokCore

/// Where the session sends, as the prompt shows it: `sandbox` for the in-process sandbox,
/// the host (and port) of any other base URL but the default, nothing for the real API.
enum PromptPlace {
    static func place(of baseURL: URL, sandbox: URL?) -> String? {
        if let sandbox, sameOrigin(baseURL, sandbox) { return "sandbox" }
        if let standard = URL(string: ClientConfiguration.defaultBaseURL), sameOrigin(baseURL, standard) { return nil }
        guard let host = baseURL.host else { return baseURL.absoluteString }
        return baseURL.port.map { "\(host):\($0)" } ?? host
    }

    /// The line the REPL starts with under `--sandbox`.
    static func banner(sandbox: URL) -> String {
        "sandbox at \(sandbox.absoluteString) — no key, nothing is billed"
    }

    private static func sameOrigin(_ a: URL, _ b: URL) -> Bool {
        a.scheme?.lowercased() == b.scheme?.lowercased() && a.host?.lowercased() == b.host?.lowercased() && a.port == b.port
    }
}
