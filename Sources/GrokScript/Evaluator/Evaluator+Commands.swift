import Foundation
import GrokCore
import GrokSyntax

extension Evaluator {
    /// Work a command hands back to be awaited: it talks to the API, sleeps or runs a script.
    typealias Suspending = () async throws -> Void

    /// What each command does: the one switch over them. A command that only changes the
    /// session or prints is done when this returns `nil`, without an async call (most
    /// commands of a script are such, and a rehearsal runs every one); the others return
    /// the work to await.
    func execute(_ command: BoundCommand, _ syntax: Command, sourced: [String: CheckedScript]) throws -> Suspending? {
        let range = syntax.range
        switch command {
        case .set(let key, let arguments):
            let setting = key.setting
            let text = arguments.count == 1 ? try value(of: arguments[0], for: setting)
                : try arguments.map { try value(of: $0, for: setting) }.joined(separator: " ")
            if key == .step, text == "on", !session.options.canPause { throw RuntimeFailure(.stepNeedsTerminal, at: range) }
            setting.place.write(&session, text, resolveInputPath)
            if !setting.isDraftField { reporter.apply(session.options) }
            if key == .har { return { try await self.followHAR(at: range) } }
        case .listSettings:
            reporter.emit(.settings(kind: "settings", Setting.all.map { ($0.key.rawValue, $0.value(in: session)) }))
        case .unset(let key):
            let setting = key.setting
            setting.place.reset(&session)
            if !setting.isDraftField { reporter.apply(session.options) }
            if key == .har { return { try await self.followHAR(at: range) } }
        case .reset:
            session.draft = Draft()
        case .echo(let arguments):
            // One argument, most echoes: no array to build and join.
            reporter.emit(.echo(arguments.count == 1 ? try value(of: arguments[0]) : try arguments.map(value(of:)).joined(separator: " ")))
        case .record(let path):
            try record(to: try value(of: path), at: range)
        case .save(let path, let replace):
            try save(to: try value(of: path), replacing: replace, at: range)
        case .help(let topic):
            reporter.emit(.help(HelpText.text(for: topic) ?? HelpText.overview()))
        case .exit(let code):
            let status = try code.map { ExitStatus(rawValue: Int32(try value(of: $0, as: .exitCode)) ?? 1) } ?? session.status
            exitRequested = status
            throw Stop.exit(status)
        case .show(let target):
            return { try await self.show(target, at: range) }
        case .submit(let name):
            let name = try name.map { try value(of: $0, as: .taskName) }
            return { try await self.submit(name: name, at: range) }
        case .wait(let selection, let timeout):
            let timeout = try timeout.map(duration(of:))
            return { try await self.wait(selection, timeout: timeout, at: range) }
        case .status(let selection):
            return { try await self.status(selection, at: range) }
        case .download(let reference, let target):
            let (reference, target) = (try reference.map(value(of:)), try target.map(value(of:)))
            return { try await self.download(reference: reference, to: target, at: range) }
        case .downloadAll(let directory):
            let directory = try directory.map(value(of:))
            return { try await self.downloadAll(to: directory, at: range) }
        case .jobs(let all):
            return { try await self.jobs(all: all, at: range) }
        case .report(let argument):
            let path = Self.expandHome(try value(of: argument), environment: environment)
            return { try await self.report(to: path, at: range) }
        case .upload(let argument):
            let path = resolveInputPath(try value(of: argument))
            return { try await self.upload(path, at: range) }
        case .balance:
            return { try await self.balance(at: range) }
        case .sleep(let argument):
            let duration = try duration(of: argument)
            return { try await self.effects.sleep(for: duration) }
        case .source(let argument):
            let path = resolveInputPath(try value(of: argument))
            return { try await self.source(path, sourced: sourced, at: argument.range) }
        }
        return nil
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
        session.checkContext(directory: directory, scriptPath: scriptPath, environment: environment)
    }

    static func directory(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }
}
