import Foundation
import GrokCore
import Synchronization

/// `grok tutorial`: a REPL session on its own sandbox that walks a newcomer through the API
/// in `TutorialStep`s. After each entry the current step looks at what happened (the
/// session, the entry, the sandbox's log): done, it explains the rule behind it and the
/// next step begins; not done, it says what is missing and what to type, and the learner
/// tries again. The REPL asks it before each entry too: the tutorial talks to its sandbox
/// only, so an entry that would name another server, or run a file, is refused.
public final class Tutorial: Sendable {
    private let steps = Tutorial.lessons
    private let current = Mutex(0)
    private let rateLimitedCreates: @Sendable () async -> Int
    private let directory: String

    /// `rateLimitedCreates`: how many creates the tutorial's sandbox has answered with 429.
    /// `directory`: where relative paths (downloads) start.
    public init(directory: String, rateLimitedCreates: @escaping @Sendable () async -> Int) {
        self.directory = directory
        self.rateLimitedCreates = rateLimitedCreates
    }

    public var introduction: String {
        Self.wrapped("""
        Welcome to the grok tutorial. In \(steps.count) steps you will make a video with the JimmyAI API, \
        on a sandbox that runs inside this grok: no key, no cost, nothing leaves this machine. \
        Type each command at the prompt; the tutorial checks what happened before it goes on. \
        `help` lists every command; `exit` or Ctrl-D leaves.

        """ + heading(0))
    }

    /// Why the tutorial will not run `entry`, or `nil`.
    public func refusal(for entry: String) -> String? {
        let words = Self.words(of: entry)
        if entry.contains("base-url") {
            return "the tutorial talks to its own sandbox only: base-url stays as it is (grok --sandbox, or grok alone, for more)"
        }
        if words.contains("source") { return "the tutorial runs what you type, not files: type the commands one by one" }
        return nil
    }

    /// Follows the entry that just ran (`failed`: it reported an error; `interrupted`: by
    /// Ctrl-C); true once the last step is done and the tutorial is over.
    public func follow(entry: String, failed: Bool, interrupted: Bool, session: Session, reporter: any Reporter) async -> Bool {
        let state = TutorialState(session: session, words: Self.words(of: entry), failed: failed,
                                  rateLimitedCreates: await rateLimitedCreates(), fileExists: { [directory] path in
                                      FileManager.default.fileExists(atPath: path.hasPrefix("/") ? path : directory + "/" + path)
                                  })
        var index = current.withLock { $0 }
        guard index < steps.count else { return true }
        if let missing = steps[index].missing(state) {
            guard !interrupted else { return false }
            reporter.emit(.echo(Self.wrapped("\n" + (failed ? "That did not work: the error above says why. " : "") + missing + "\n")))
            return false
        }
        var text = "\n✓ " + steps[index].explanation(state) + "\n"
        index += 1
        // A learner who typed ahead may have done the next steps too.
        while index < steps.count, steps[index].missing(state) == nil {
            text += "\n✓ " + steps[index].explanation(state) + "\n"
            index += 1
        }
        current.withLock { [index] in $0 = index }
        text += index < steps.count ? "\n" + heading(index) : "\n" + Self.farewell
        reporter.emit(.echo(Self.wrapped(text)))
        return index >= steps.count
    }

    private func heading(_ index: Int) -> String {
        "Step \(index + 1) of \(steps.count): \(steps[index].title)\n\n" + steps[index].lesson + "\n"
    }

    /// Wrapped at words to the terminal's width, as help is.
    static func wrapped(_ text: String) -> String {
        TextWrap.wrap(text, width: Terminal.columns(environment: ProcessInfo.processInfo.environment) - 1)
    }

    static func words(of entry: String) -> [String] {
        entry.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    static let farewell = """
        That is the API: a create, its task queried until it ends, the video downloaded; failures that are \
        the task's (moderation) and failures that are the moment's (a rate limit). The tutorial ends here. \
        grok --sandbox gives you this sandbox again, for as long as you like; help lists every command.
        """
}
