@testable import GrokScript
import GrokSyntax

/// A checker run over text, with files served from memory.
struct CheckerHarness {
    var files: [String: String] = [:]
    var directories: Set<String> = []
    var variables: Set<String> = []
    var arguments = 0
    var hasPrompt = true
    var hasImage = true
    var hasRatio = false
    var baseDirectory = "."
    var scriptPath: String?
    var homeDirectory: String?

    var context: CheckContext {
        let files = files
        let directories = directories
        return CheckContext(
            definedVariables: variables,
            scriptArguments: arguments,
            draftHasPrompt: hasPrompt,
            draftHasImage: hasImage,
            draftHasRatio: hasRatio,
            baseDirectory: baseDirectory,
            scriptPath: scriptPath,
            homeDirectory: homeDirectory,
            readFile: { files[$0].map { Array($0.utf8) } },
            fileStatus: { path in
                if directories.contains(path) { return .directory }
                return files[path] == nil ? .missing : .readable
            }
        )
    }

    func check(_ text: String, name: String = "t.grok") -> CheckedScript {
        Checker.check(ParsedScript.parse(SourceFile(name: name, text: text)), context: context)
    }

    /// The bound commands of the top-level statements.
    func bound(_ text: String) -> [BoundCommand] {
        check(text).statements.compactMap {
            if case .command(let bound, _) = $0 { bound } else { nil }
        }
    }

    /// The ids of every diagnostic.
    func ids(_ text: String) -> [String] {
        check(text).diagnostics.map(\.id)
    }

    /// The one diagnostic of `text`, or `nil` when there is not exactly one.
    func only(_ text: String) -> Diagnostic? {
        let diagnostics = check(text).diagnostics
        return diagnostics.count == 1 ? diagnostics[0] : nil
    }

    /// The source text under each diagnostic.
    func covered(_ text: String) -> [String] {
        let file = SourceFile(name: "t.grok", text: text)
        return check(text).diagnostics.map { file.text(of: $0.range) }
    }
}

extension Argument {
    /// The argument's literal text, for comparing bound commands briefly.
    var text: String? { literalValue }
}

/// Bound commands as short strings, so tests compare them without ranges:
/// `wait [a, b] timeout 5m`, `show job -`, `set ratio 9:16`.
enum BoundSummary {
    static func describe(_ command: BoundCommand) -> String {
        switch command {
        case .set(let key, let values): "set \(key.rawValue) " + values.map(word).joined(separator: " ")
        case .listSettings: "listSettings"
        case .unset(let key): "unset \(key.rawValue)"
        case .reset: "reset"
        case .show(let target): "show " + describe(target)
        case .submit(let name): "submit " + optional(name)
        case .wait(let selection, let timeout): "wait \(describe(selection)) timeout \(optional(timeout))"
        case .status(let selection): "status \(describe(selection))"
        case .download(let reference, let path): "download \(optional(reference)) to \(optional(path))"
        case .downloadAll(let directory): "download all to \(optional(directory))"
        case .jobs(let all): "jobs all=\(all)"
        case .report(let path): "report \(word(path))"
        case .upload(let path): "upload \(word(path))"
        case .balance: "balance"
        case .echo(let words): "echo [" + words.map(word).joined(separator: ", ") + "]"
        case .sleep(let value): "sleep \(word(value))"
        case .source(let path): "source \(word(path))"
        case .help(let topic): "help \(topic ?? "-")"
        case .save(let path, let replace): (replace ? "save! " : "save ") + word(path)
        case .exit(let code): "exit \(optional(code))"
        case .record(let path): "record \(word(path))"
        }
    }

    static func describe(_ target: ShowTarget) -> String {
        switch target {
        case .draft: "draft"
        case .request: "request"
        case .curl(nil): "curl"
        case .curl(.status(let reference)): "curl status \(optional(reference))"
        case .curl(.download(let reference)): "curl download \(optional(reference))"
        case .curl(.upload(let path)): "curl upload \(word(path))"
        case .curl(.balance): "curl balance"
        case .options: "options"
        case .response: "response"
        case .jobs: "jobs"
        case .job(let reference): "job \(optional(reference))"
        case .exchange(let number): "exchange \(word(number))"
        }
    }

    static func describe(_ selection: TaskSelection) -> String {
        switch selection {
        case .last: "last"
        case .all: "all"
        case .references(let references): "[" + references.map(word).joined(separator: ", ") + "]"
        }
    }

    private static func word(_ argument: Argument) -> String {
        argument.literalValue ?? "<interpolated>"
    }

    private static func optional(_ argument: Argument?) -> String {
        argument.map(word) ?? "-"
    }
}
