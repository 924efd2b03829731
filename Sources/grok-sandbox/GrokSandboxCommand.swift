import ArgumentParser
import GrokSandboxCLI

@main
struct GrokSandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grok-sandbox",
        abstract: "Run a local simulator of the JimmyAI Grok 1.5 video API.",
        discussion: SandboxOptions.discussion
    )

    @OptionGroup var options: SandboxOptions

    func run() async throws {
        try await options.run()
    }
}
