import GrokCore

extension ServerOrigin {
    /// The server the journal tests write their records for.
    static let testServer = ServerOrigin(text: "https://api.example.com:443")
}
