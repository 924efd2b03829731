import ArgumentParser
import GrokSandboxCLI

/// `grok sandbox`: the options of `grok-sandbox`, and the help text that names them.
struct SandboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grok sandbox",
        abstract: "Run the sandbox server in the foreground (the same as grok-sandbox).",
        discussion: SandboxOptions.discussion
    )

    @OptionGroup var options: SandboxOptions
}
