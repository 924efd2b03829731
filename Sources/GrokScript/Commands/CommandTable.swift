import DidYouMean
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
    /// The heading `help` lists the command under.
    public let group: CommandGroup

    public var usage: String { arguments.isEmpty ? name : name + " " + arguments }
}

/// The headings of `help`'s list of commands, in the order shown.
public enum CommandGroup: String, Sendable, CaseIterable {
    case draft, tasks, scripting, session
}

public enum CommandTable {
    public static let commands: [CommandSpec] = [
        CommandSpec(name: "model", arguments: "NAME", summary: "Set the model. Aliases grok-1.5 and grok_1_5 mean grok-imagine-video-1.5.",
                    example: "model grok-1.5", related: ["show draft", "set"], group: .draft),
        CommandSpec(name: "prompt", arguments: "TEXT…", summary: "Set the prompt. Several words are joined by one space; quote to keep spacing.",
                    example: "prompt \"a cat surfing at sunset\"", related: ["image", "show request"], group: .draft),
        CommandSpec(name: "image", arguments: "URL|PATH|none", summary: "Set the one reference image. A local file is uploaded when you submit; 'image none' clears it.",
                    example: "image cat.png", related: ["upload", "prompt"], group: .draft),
        CommandSpec(name: "duration", arguments: VideoOptions.durations.map(String.init).joined(separator: "|"),
                    summary: "Set the video length in seconds (10s and 15s also work).", example: "duration 15", related: ["ratio"], group: .draft),
        CommandSpec(name: "ratio", arguments: VideoOptions.ratios.joined(separator: "|"),
                    summary: "Set the aspect ratio. It takes precedence over orientation.", example: "ratio 9:16", related: ["orientation", "duration"], group: .draft),
        CommandSpec(name: "orientation", arguments: VideoOptions.orientations.joined(separator: "|"),
                    summary: "Set the orientation (landscape is 16:9, portrait 9:16); used only when no ratio is set.",
                    example: "orientation portrait", related: ["ratio"], group: .draft),
        CommandSpec(name: "set", arguments: "[KEY VALUE]", summary: "Set a draft field or a session option; alone, list them all.",
                    example: "set poll-interval 2s", related: ["unset", "show options"], group: .draft),
        CommandSpec(name: "unset", arguments: "KEY", summary: "Return a draft field or session option to its default.",
                    example: "unset ratio", related: ["set", "reset"], group: .draft),
        CommandSpec(name: "reset", arguments: "", summary: "Return the draft to its defaults (session options are kept).",
                    example: "reset", related: ["unset", "show draft"], group: .draft),
        CommandSpec(name: "show", arguments: "[draft|request|curl|options|jobs|job [REF]]",
                    summary: "Show the draft, the exact JSON request, an equivalent curl command, the options, or tasks.",
                    example: "show curl", related: ["submit", "jobs"], group: .draft),
        CommandSpec(name: "submit", arguments: "[as NAME]", summary: "Validate the draft, upload a local image, create the task and record it; sets $task.",
                    example: "submit as cat", related: ["wait", "show request"], group: .tasks),
        CommandSpec(name: "wait", arguments: "[REF…|all] [timeout DURATION]",
                    summary: "Poll tasks until each finishes, all at once, showing progress; prints each video URL.",
                    example: "wait cat timeout 10m", related: ["status", "download"], group: .tasks),
        CommandSpec(name: "status", arguments: "[REF…|all]", summary: "Ask once for the status of tasks.",
                    example: "status cat", related: ["wait", "jobs"], group: .tasks),
        CommandSpec(name: "download", arguments: "[REF] [to PATH]",
                    summary: "Save a finished task's video (default OUTPUT-DIR/NAME-or-TASKID.mp4); resumes an interrupted download.",
                    example: "download cat to videos/cat.mp4", related: ["wait", "set"], group: .tasks),
        CommandSpec(name: "jobs", arguments: "[all]", summary: "List tasks from the journal: name, id, status, age, prompt, file.",
                    example: "jobs", related: ["status", "show"], group: .tasks),
        CommandSpec(name: "upload", arguments: "PATH", summary: "Upload a local file and print its URL; sets $upload_url.",
                    example: "upload cat.png", related: ["image"], group: .tasks),
        CommandSpec(name: "balance", arguments: "", summary: "Show the account balance and the key's quota.",
                    example: "balance", related: ["jobs"], group: .tasks),
        CommandSpec(name: "let", arguments: "NAME = VALUE", summary: "Set a variable; read it as $NAME.",
                    example: "let out = videos", related: ["echo", "for"], group: .scripting),
        CommandSpec(name: "echo", arguments: "ARG…", summary: "Print the arguments, separated by spaces.",
                    example: "echo \"task $task is $status\"", related: ["let"], group: .scripting),
        CommandSpec(name: "sleep", arguments: "DURATION", summary: "Pause (250ms, 10s, 1m30s); Ctrl-C interrupts.",
                    example: "sleep 2s", related: ["wait"], group: .scripting),
        CommandSpec(name: "for", arguments: "NAME in ARG… { … } | NAME in lines PATH { … }",
                    summary: "Run a block once per word, or once per non-empty line of a file.",
                    example: "for p in lines prompts.txt { prompt $p; submit }", related: ["repeat", "let"], group: .scripting),
        CommandSpec(name: "repeat", arguments: "N { … }", summary: "Run a block N times.",
                    example: "repeat 3 { submit }", related: ["for"], group: .scripting),
        CommandSpec(name: "assert", arguments: "A ==|!= B", summary: "Stop with both values and the position when the comparison is false.",
                    example: "assert $status == completed", related: ["status", "echo"], group: .scripting),
        CommandSpec(name: "source", arguments: "PATH", summary: "Run another script in this session.",
                    example: "source settings.grok", related: ["let", "set"], group: .scripting),
        CommandSpec(name: "help", arguments: "[COMMAND|options]", summary: "List the commands, or show one command's usage, an example and related commands.",
                    example: "help wait", related: ["show"], group: .session),
        CommandSpec(name: "exit", arguments: "[CODE]", summary: "Leave, with the exit status given or that of the session.",
                    example: "exit 0", related: ["quit"], group: .session),
        CommandSpec(name: "quit", arguments: "", summary: "Leave.", example: "quit", related: ["exit"], group: .session),
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
