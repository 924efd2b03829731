import GrokSyntax

/// The prompt, showing the session at a glance: `grok> `, `grok[draft ✓]> `,
/// `grok[draft … · 2 running]> `; where it sends when that is not the real API:
/// `grok(sandbox)[draft ✓]> `, `grok(staging.example.com)> `; `... ` while an entry continues.
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
    /// `sandbox`, or the host of a base URL other than the default; `nil` for the real API.
    public var place: String?

    public init(draft: DraftState, running: Int, place: String? = nil) {
        self.draft = draft
        self.running = running
        self.place = place
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
        let place = self.place.map { "(" + paint($0, .magenta) + ")" } ?? ""
        return paint("grok", .bold) + place + state + "> "
    }
}
