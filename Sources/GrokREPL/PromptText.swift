import GrokSyntax

/// The prompt, showing the session at a glance: `grok> `, `grok[draft ✓]> `,
/// `grok[draft … · 2 running]> `; `... ` while an entry continues.
public struct PromptText: Sendable, Equatable {
    public enum DraftState: Sendable, Equatable {
        /// Nothing set yet.
        case empty
        /// Something set, but `submit` would refuse it.
        case incomplete
        /// `submit` would send it.
        case complete
    }

    public var draft: DraftState
    public var running: Int

    public init(draft: DraftState, running: Int) {
        self.draft = draft
        self.running = running
    }

    public static let continuation = "... "

    /// The prompt without colour.
    public var plain: String { render(color: false) }

    /// With colour, non-printing sequences are framed by `escape`, as libedit's prompt wants.
    public func render(color: Bool, escape: Character = "\u{1}") -> String {
        func paint(_ text: String, _ style: ANSIStyle) -> String {
            color ? "\(escape)\(style.start)\(escape)\(text)\(escape)\(ANSIStyle.reset)\(escape)" : text
        }
        var parts: [String] = []
        switch draft {
        case .empty: break
        case .incomplete: parts.append("draft " + paint("…", .yellow))
        case .complete: parts.append("draft " + paint("✓", .green))
        }
        if running > 0 { parts.append(paint("\(running) running", .cyan)) }
        let state = parts.isEmpty ? "" : "[" + parts.joined(separator: " · ") + "]"
        return paint("grok", .bold) + state + "> "
    }
}
