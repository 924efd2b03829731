import Foundation
import GrokCore
import GrokSyntax

extension Evaluator {
    /// Runs a command that only changes the session or prints, without suspending; false
    /// for one that talks to the API, sleeps or runs a script (`execute`). Most commands of
    /// a script are of the first kind, and a rehearsal runs every one of them.
    func executeInSession(_ command: BoundCommand, at range: SourceRange) throws -> Bool {
        switch command {
        case .model(let argument):
            session.draft.model = Self.normalized(.model, try value(of: argument, for: .model))
        case .prompt(let arguments):
            session.draft.prompt = try arguments.map(value(of:)).joined(separator: " ")
        case .image(let argument):
            session.draft.image = imageReference(try value(of: argument))
        case .clearImage:
            session.draft.image = nil
        case .duration(let argument):
            session.draft.duration = Self.normalized(.duration, try value(of: argument, for: .duration))
        case .ratio(let argument):
            session.draft.ratio = try value(of: argument, for: .ratio)
        case .orientation(let argument):
            session.draft.orientation = try value(of: argument, for: .orientation)
        case .set(let key, let argument):
            try set(key, to: try value(of: argument, for: key))
            reporter.apply(session.options)
        case .listSettings:
            reporter.emit(.settings(kind: "settings", draftListing + session.options.listing.map { ($0.0, Optional($0.1)) }))
        case .unset(let key):
            unset(key)
            reporter.apply(session.options)
        case .reset:
            session.draft = Draft()
        case .echo(let arguments):
            reporter.emit(.echo(try arguments.map(value(of:)).joined(separator: " ")))
        case .save(let path, let replace):
            try save(to: try value(of: path), replacing: replace, at: range)
        case .help(let topic):
            reporter.emit(.help(HelpText.text(for: topic) ?? HelpText.overview()))
        case .exit(let code):
            let status = try code.map { ExitStatus(rawValue: Int32(try value(of: $0, as: .exitCode)) ?? 1) } ?? session.status
            exitRequested = status
            throw Stop.exit(status)
        case .show, .submit, .wait, .status, .download, .downloadAll, .jobs, .upload, .balance, .sleep, .source:
            return false
        }
        return true
    }

    /// Runs a command that may suspend: one that talks to the API, sleeps or runs a script.
    func execute(_ command: BoundCommand, _ syntax: Command, sourced: [String: CheckedScript]) async throws {
        let range = syntax.range
        switch command {
        case .show(let target):
            try await show(target, at: range)
        case .submit(let name):
            try await submit(name: try name.map { try value(of: $0, as: .taskName) }, at: range)
        case .wait(let selection, let timeout):
            try await wait(selection, timeout: try timeout.map(duration(of:)), at: range)
        case .status(let selection):
            try await status(selection, at: range)
        case .download(let reference, let target):
            try await download(reference: try reference.map(value(of:)), to: try target.map(value(of:)), at: range)
        case .downloadAll(let directory):
            try await downloadAll(to: try directory.map(value(of:)), at: range)
        case .jobs(let all):
            try await jobs(all: all, at: range)
        case .upload(let argument):
            try await upload(resolveInputPath(try value(of: argument)), at: range)
        case .balance:
            try await balance(at: range)
        case .sleep(let argument):
            let duration = try duration(of: argument)
            if rehearsal == nil { try await Task.sleep(for: duration) }
        case .source(let argument):
            try await source(resolveInputPath(try value(of: argument)), sourced: sourced, at: argument.range)
        case .model, .prompt, .image, .clearImage, .duration, .ratio, .orientation, .set, .listSettings, .unset, .reset,
             .echo, .save, .help, .exit:
            // Run by executeInSession, which never hands these on.
            _ = try executeInSession(command, at: range)
        }
    }

    func imageReference(_ text: String) -> ImageReference {
        switch ImageReference(parsing: text) {
        case .url(let url): return .url(url)
        case .file(let path): return .file(path: resolveInputPath(path))
        }
    }

    private func set(_ key: SettingKey, to value: String) throws {
        switch key {
        case .model: session.draft.model = Self.normalized(.model, value)
        case .prompt: session.draft.prompt = value
        case .image: session.draft.image = value == Word.none ? nil : imageReference(value)
        case .duration: session.draft.duration = Self.normalized(.duration, value)
        case .ratio: session.draft.ratio = value
        case .orientation: session.draft.orientation = value
        default: session.options.set(key, to: value)
        }
    }

    private func unset(_ key: SettingKey) {
        let defaults = Draft()
        switch key {
        case .model: session.draft.model = defaults.model
        case .prompt: session.draft.prompt = nil
        case .image: session.draft.image = nil
        case .duration: session.draft.duration = defaults.duration
        case .ratio: session.draft.ratio = nil
        case .orientation: session.draft.orientation = nil
        default: session.options.reset(key, from: session.initialOptions)
        }
    }

    /// The spelling the API uses: `grok_1_5` → `grok-imagine-video-1.5`, `10s` → `10`.
    static func normalized(_ key: SettingKey, _ value: String) -> String {
        switch key {
        case .model: VideoOptions.normalizeModel(value) ?? value
        case .duration: VideoOptions.parseDuration(value).map(String.init) ?? value
        default: value
        }
    }

    /// The draft's fields; `nil` for one that is not set (the API then uses its default).
    var draftListing: [(String, String?)] {
        SettingKey.allCases.filter(\.isDraftField).map { ($0.rawValue, draftValue($0)) }
    }

    private func draftValue(_ key: SettingKey) -> String? {
        let draft = session.draft
        switch key {
        case .model: return draft.model
        case .prompt: return draft.prompt
        case .image: return draft.image?.description
        case .duration: return draft.duration
        case .ratio: return draft.ratio
        case .orientation: return draft.orientation
        default: return nil
        }
    }

    private func source(_ path: String, sourced: [String: CheckedScript], at range: SourceRange) async throws {
        let script: CheckedScript
        let absolute = FilePath.resolve(path, against: FileManager.default.currentDirectoryPath)
        if let checked = sourced[absolute] {
            script = checked
        } else {
            guard frames.count <= CheckSession.maximumSourceDepth else {
                throw RuntimeFailure(.sourceTooDeep(limit: CheckSession.maximumSourceDepth), at: range)
            }
            guard !frames.contains(where: { $0.source.name == path }) else {
                throw RuntimeFailure(.sourceCycle(path: path), at: range)
            }
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw RuntimeFailure(.unreadableFile(path: path), at: range)
            }
            let parsed = ParsedScript.parse(SourceFile(name: path, bytes: Array(bytes)))
            script = Checker.check(parsed, context: checkContext(directory: Self.directory(of: path), scriptPath: path))
        }
        guard !script.hasErrors else {
            for diagnostic in script.diagnostics { reporter.report(diagnostic, in: script.source) }
            throw RuntimeFailure(.sourceFailed(path: path), at: range)
        }
        try await run(script.source, directory: Self.directory(of: path), statements: script.statements,
                      sourced: sourced.merging(script.sourcedFiles) { first, _ in first })
    }

    /// What the checker needs to know of this session to check more text for it.
    public func checkContext(directory: String, scriptPath: String? = nil) -> CheckContext {
        var context = CheckContext(baseDirectory: directory, scriptPath: scriptPath,
                                   displayDirectory: FileManager.default.currentDirectoryPath, homeDirectory: environment["HOME"])
        context.definedVariables = Set(session.variables.keys)
        context.scriptArguments = session.arguments.count
        context.draftHasPrompt = !(session.draft.prompt ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        context.draftHasImage = session.draft.image != nil
        context.draftHasRatio = session.draft.ratio != nil
        return context
    }

    static func directory(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }
}
