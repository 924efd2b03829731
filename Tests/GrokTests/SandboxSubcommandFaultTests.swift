import Testing

/// `grok sandbox` reads `--fault` as `grok-sandbox` does (one `SandboxOptions`), and refuses
/// a bad value with grok's usage status and the same message.
@Suite struct SandboxSubcommandFaultTests {
    @Test func aBadEndpointIsRefusedNamingTheAcceptedWords() async throws {
        let result = try await GrokProcess.run(["sandbox", "--port", "0", "--fault", "video:500:once"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(
            "error: --fault 'video:500:once': unknown endpoint 'video'; use one of create, query, download, upload, balance, key-balance\n"),
            "\(result.stderr)")
        #expect(result.stdout.isEmpty, "it never listened")
    }
}
