import Foundation
import Testing

/// The line being edited stays whole and the cursor where it belongs when the window
/// changes width mid-line, and after a change beside wide (CJK) characters. The pty's
/// screen wraps its lines again on a resize, as VTE, kitty and tmux do.
@Suite(.serialized) struct REPLRedrawTests {
    static let ctrlA = "\u{01}", ctrlB = "\u{02}", ctrlD = "\u{04}", ctrlF = "\u{06}", backspace = "\u{7F}"
    static let prompt = "grok(sandbox)> "

    func session(columns: Int, _ body: (PseudoTerminal) async throws -> Void) async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let terminal = try process.start(["--sandbox"], columns: columns)
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            try await body(terminal)
            terminal.type(Self.ctrlD)
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
        }
    }

    /// Resizes the window and waits until grok has drawn the line again for it (it clears
    /// below the prompt's row first), so that keys typed next meet the new width.
    func resize(_ terminal: PseudoTerminal, to columns: Int) async throws {
        let clears = { terminal.output.components(separatedBy: "\u{1B}[J").count }
        let before = clears()
        terminal.resize(columns: columns)
        try await terminal.waitFor("the line drawn again at \(columns) columns") { _ in clears() > before }
    }

    /// The screen's text without blanks or line ends: libedit fills the end of a row a wide
    /// character does not fit on, and may start the next row with a line feed.
    func flattened(_ terminal: PseudoTerminal) -> String {
        terminal.text.filter { $0 != " " && $0 != "\n" }
    }

    /// Issue 20: at 60 columns a long line takes two rows; at 90 it takes one, and Ctrl-A
    /// used to go up into the line above, and typing drew garbage until the REPL restarted.
    @Test func aWiderWindowKeepsTheLineEditable() async throws {
        try await session(columns: 60) { terminal in
            let word = String(repeating: "a", count: 66)
            terminal.type("cho " + word)
            try await terminal.waitFor("the line on two rows") { _ in
                terminal.lines.all.contains { $0.text == Self.prompt + "cho " + word && $0.wrapped }
            }
            try await resize(terminal, to: 90)
            terminal.type(Self.ctrlA + "e")
            try await terminal.waitFor("the fixed line on one row") { _ in
                terminal.cursorLine == Self.prompt + "echo " + word && terminal.cursorColumn == Self.prompt.count + 1
            }
            // The greeting, then the sandbox's line: both above the edited line, untouched.
            #expect(terminal.text.split(separator: "\n").dropFirst().first?.hasPrefix("sandbox at http://127.0.0.1:") == true,
                    "the banner above is untouched:\n\(terminal.text)")
            terminal.type("\n")
            try await terminal.waitFor("the echo") { screen in screen.split(separator: "\n").contains { $0 == word } }
            try await terminal.waitFor("the next prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
        }
    }

    /// From 90 columns to 40, with wide characters on the line: it takes three rows now,
    /// and a character typed after Ctrl-A and five Ctrl-F lands after `echo `.
    @Test func aNarrowerWindowKeepsTheLineEditable() async throws {
        try await session(columns: 90) { terminal in
            let text = String(repeating: "一只猫在冲浪", count: 5)
            terminal.type("echo " + text)
            try await terminal.waitFor("the line") { _ in terminal.cursorLine == Self.prompt + "echo " + text }
            try await resize(terminal, to: 40)
            terminal.type(Self.ctrlA + String(repeating: Self.ctrlF, count: 5) + "Z")
            try await terminal.waitFor("the edited line") { _ in flattened(terminal).hasSuffix("grok(sandbox)>echoZ" + text) }
            #expect(flattened(terminal).components(separatedBy: "grok(sandbox)>").count == 2,
                    "the line is drawn once, over the old one:\n\(terminal.text)")
            terminal.type("\n")
            try await terminal.waitFor("the echo") { _ in flattened(terminal).hasSuffix("echoZ\(text)Z\(text)grok(sandbox)>") }
            try await terminal.waitFor("the next prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
        }
    }

    /// Issue 20: after a backspace over a CJK character in the middle of the line, the
    /// cursor stood one cell right of where the next character goes (and so after typing).
    @Test func backspaceOverAWideCharacterLeavesTheCursorBeforeTheNext() async throws {
        try await session(columns: 80) { terminal in
            terminal.type("prompt \"一只猫在冲浪\"" + String(repeating: Self.ctrlB, count: 3))
            let start = Self.prompt.count + "prompt \"".count
            try await terminal.waitFor("the cursor before 冲") { _ in terminal.cursorColumn == start + 8 }
            terminal.type(Self.backspace)
            try await terminal.waitFor("在 gone, the cursor before 冲") { _ in
                terminal.cursorLine == Self.prompt + "prompt \"一只猫冲浪\"" && terminal.cursorColumn == start + 6
            }
            terminal.type("X")
            try await terminal.waitFor("X typed before 冲") { _ in
                terminal.cursorLine == Self.prompt + "prompt \"一只猫X冲浪\"" && terminal.cursorColumn == start + 7
            }
            terminal.type(Self.ctrlD)
            try await terminal.waitFor("冲 deleted under the cursor") { _ in
                terminal.cursorLine == Self.prompt + "prompt \"一只猫X浪\"" && terminal.cursorColumn == start + 7
            }
            terminal.type("\n")
            try await terminal.waitFor("the draft prompt") { _ in terminal.cursorLine == "grok(sandbox)[draft …]>" }
        }
    }
}
