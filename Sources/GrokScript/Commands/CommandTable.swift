import GrokCore

/// One command of the language, as `help`, the checker's did-you-mean, completion and
/// hints know it. The single source of truth for what commands exist.
public struct CommandSpec: Sendable, Equatable {
    public let name: String
    /// The arguments' syntax, shown by `help` and as the REPL's hint: `16:9|9:16|1:1|3:2|2:3`.
    public let arguments: String
    public let summary: String
    public let example: String
    public let related: [String]

    public var usage: String { arguments.isEmpty ? name : name + " " + arguments }
}

public enum CommandTable {
    public static let commands: [CommandSpec] = [
        CommandSpec(name: "model", arguments: "NAME", summary: "Set the model. Aliases grok-1.5 and grok_1_5 mean grok-imagine-video-1.5.",
                    example: "model grok-1.5", related: ["show draft", "set"]),
        CommandSpec(name: "prompt", arguments: "TEXT…", summary: "Set the prompt. Several words are joined by one space; quote to keep spacing.",
                    example: "prompt \"a cat surfing at sunset\"", related: ["image", "show request"]),
        CommandSpec(name: "image", arguments: "URL|PATH|none", summary: "Set the one reference image. A local file is uploaded when you submit; `image none` clears it.",
                    example: "image cat.png", related: ["upload", "prompt"]),
        CommandSpec(name: "duration", arguments: VideoOptions.durations.map(String.init).joined(separator: "|"),
                    summary: "Set the video length in seconds (10s and 15s also work).", example: "duration 15", related: ["ratio"]),
        CommandSpec(name: "ratio", arguments: VideoOptions.ratios.joined(separator: "|"),
                    summary: "Set the aspect ratio. It takes precedence over orientation.", example: "ratio 9:16", related: ["orientation", "duration"]),
        CommandSpec(name: "orientation", arguments: VideoOptions.orientations.joined(separator: "|"),
                    summary: "Set the orientation (landscape is 16:9, portrait 9:16); used only when no ratio is set.",
                    example: "orientation portrait", related: ["ratio"]),
        CommandSpec(name: "set", arguments: "[KEY VALUE]", summary: "Set a draft field or a session option; alone, list them all.",
                    example: "set poll-interval 2s", related: ["unset", "show options"]),
        CommandSpec(name: "unset", arguments: "KEY", summary: "Return a draft field or session option to its default.",
                    example: "unset ratio", related: ["set", "reset"]),
        CommandSpec(name: "reset", arguments: "", summary: "Return the draft to its defaults (session options are kept).",
                    example: "reset", related: ["unset", "show draft"]),
        CommandSpec(name: "show", arguments: "[draft|request|curl|options|jobs|job REF]",
                    summary: "Show the draft, the exact JSON request, an equivalent curl command, the options, or tasks.",
                    example: "show curl", related: ["submit", "jobs"]),
        CommandSpec(name: "submit", arguments: "[as NAME]", summary: "Validate the draft, upload a local image, create the task and record it; sets $task.",
                    example: "submit as cat", related: ["wait", "show request"]),
        CommandSpec(name: "wait", arguments: "[REF…|all] [timeout DURATION]",
                    summary: "Poll tasks until each finishes, all at once, showing progress; prints each video URL.",
                    example: "wait cat timeout 10m", related: ["status", "download"]),
        CommandSpec(name: "status", arguments: "[REF…|all]", summary: "Ask once for the status of tasks.",
                    example: "status cat", related: ["wait", "jobs"]),
        CommandSpec(name: "download", arguments: "[REF] [to PATH]",
                    summary: "Save a finished task's video (default OUTPUT-DIR/NAME-or-TASKID.mp4); resumes an interrupted download.",
                    example: "download cat to videos/cat.mp4", related: ["wait", "set"]),
        CommandSpec(name: "jobs", arguments: "[all]", summary: "List tasks from the journal: name, id, status, age, prompt, file.",
                    example: "jobs", related: ["status", "show"]),
        CommandSpec(name: "upload", arguments: "PATH", summary: "Upload a local file and print its URL; sets $upload_url.",
                    example: "upload cat.png", related: ["image"]),
        CommandSpec(name: "balance", arguments: "", summary: "Show the account balance and the key's quota.",
                    example: "balance", related: ["jobs"]),
        CommandSpec(name: "let", arguments: "NAME = VALUE", summary: "Set a variable; read it as $NAME.",
                    example: "let out = videos", related: ["echo", "for"]),
        CommandSpec(name: "echo", arguments: "ARG…", summary: "Print the arguments, separated by spaces.",
                    example: "echo \"task $task is $status\"", related: ["let"]),
        CommandSpec(name: "sleep", arguments: "DURATION", summary: "Pause (250ms, 10s, 1m30s); Ctrl-C interrupts.",
                    example: "sleep 2s", related: ["wait"]),
        CommandSpec(name: "for", arguments: "NAME in ARG… { … } | NAME in lines PATH { … }",
                    summary: "Run a block once per word, or once per non-empty line of a file.",
                    example: "for p in lines prompts.txt { prompt $p; submit }", related: ["repeat", "let"]),
        CommandSpec(name: "repeat", arguments: "N { … }", summary: "Run a block N times.",
                    example: "repeat 3 { submit }", related: ["for"]),
        CommandSpec(name: "assert", arguments: "A ==|!= B", summary: "Stop with both values and the position when the comparison is false.",
                    example: "assert $status == completed", related: ["status", "echo"]),
        CommandSpec(name: "source", arguments: "PATH", summary: "Run another script in this session.",
                    example: "source settings.grok", related: ["let", "set"]),
        CommandSpec(name: "help", arguments: "[COMMAND]", summary: "List the commands, or show one command's usage, an example and related commands.",
                    example: "help wait", related: ["show"]),
        CommandSpec(name: "exit", arguments: "[CODE]", summary: "Leave, with the exit status given or that of the session.",
                    example: "exit 0", related: ["quit"]),
        CommandSpec(name: "quit", arguments: "", summary: "Leave.", example: "quit", related: ["exit"]),
    ]

    public static let names: [String] = commands.map(\.name)

    public static func spec(named name: String) -> CommandSpec? {
        commands.first { $0.name == name }
    }

    /// The closest command name to a misspelt one.
    public static func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, among: names)
    }
}
