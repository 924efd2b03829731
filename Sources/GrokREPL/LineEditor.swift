import CEditLine
import Foundation
import GrokCore
import GrokSyntax

/// What reading a line gave.
public enum LineRead: Sendable, Equatable {
    case line(String)
    /// Ctrl-C: the line was abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
}

/// libedit on the process's terminal: emacs keys (or what `~/.editrc` says), UTF-8
/// including CJK, a prompt with optional colour, Tab completion and a dimmed hint after
/// the cursor. It edits lines and knows nothing of the language: completion and hints
/// are functions it is given.
///
/// Not thread-safe: one call at a time (the REPL calls it from one thread). `waker` may
/// be used from anywhere.
public final class LineEditor: @unchecked Sendable {
    let editLine: OpaquePointer
    private let historyList: OpaquePointer
    let input = TerminalInput()
    let output = STDOUT_FILENO
    public let waker: Waker
    /// SIGWINCH, while a line is read: the window changed size.
    let resizes: SignalPipe
    private var promptStorage: UnsafeMutablePointer<wchar_t>
    /// The prompt as shown, without colour.
    var plainPrompt = ""
    /// The width libedit laid the line out for.
    var drawnColumns = 80
    var wasInterrupted = false
    private var closed = false
    private let files: Streams

    /// Tab: the candidates for the line and the cursor (in Unicode scalars).
    public var completer: ((String, Int) -> Completion)?
    /// The hint for a line whose cursor is at its end.
    public var hinter: ((String) -> String?)?

    /// `nil` when libedit cannot start (no terminal).
    public init?(historySize: Int = 1000) {
        Self.useUTF8Locale()
        guard let waker = Waker(), let resizes = SignalPipe() else { return nil }
        // libedit gets streams of its own (on copies of 0, 1 and 2), closed with it.
        guard let files = Self.openStreams() else { return nil }
        guard let editLine = el_init("grok", files.input, files.output, files.error) else {
            Self.closeStreams(files)
            return nil
        }
        guard let historyList = history_winit() else {
            el_end(editLine)
            Self.closeStreams(files)
            return nil
        }
        self.files = files
        self.editLine = editLine
        self.historyList = historyList
        self.waker = waker
        self.resizes = resizes
        self.promptStorage = WideString.allocate("")
        _ = grok_history_set_size(historyList, Int32(historySize))
        _ = grok_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = grok_el_set_signal_handling(editLine, 0)
        _ = grok_el_set_prompt(editLine, promptCallback, 1)
        _ = grok_el_set_getc(editLine, readCallback)
        _ = grok_el_set_history(editLine, historyList)
        WideString.with("emacs") { _ = grok_el_set_editor(editLine, $0) }
        Self.redrawByOverwriting(editLine)
        _ = el_source(editLine, nil)
        WideString.with("grok-complete") { name in
            WideString.with("Complete the word before the cursor") { help in
                _ = grok_el_add_function(editLine, name, help, completeCallback)
            }
            WideString.with("^I") { _ = grok_el_bind(editLine, $0, name) }
        }
    }

    deinit {
        close()
        promptStorage.deallocate()
    }

    /// Restores the terminal and frees libedit. Safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        el_end(editLine)
        history_wend(historyList)
        Self.closeStreams(files)
    }

    typealias Streams = (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, error: UnsafeMutablePointer<FILE>)

    private static func openStreams() -> Streams? {
        var opened: [UnsafeMutablePointer<FILE>] = []
        for (descriptor, mode) in [(STDIN_FILENO, "r"), (STDOUT_FILENO, "w"), (STDERR_FILENO, "w")] {
            let copy = dup(descriptor)
            guard copy >= 0, let file = fdopen(copy, mode) else {
                if copy >= 0 { Glibc.close(copy) }
                opened.forEach { fclose($0) }
                return nil
            }
            _ = fcntl(copy, F_SETFD, FD_CLOEXEC)
            opened.append(file)
        }
        return (opened[0], opened[1], opened[2])
    }

    private static func closeStreams(_ streams: Streams) {
        fclose(streams.input)
        fclose(streams.output)
        fclose(streams.error)
    }

    /// Reads one line. `prompt` may frame colour sequences with U+0001; `plainPrompt`
    /// is what it shows, for measuring.
    public func readLine(prompt: String, plainPrompt: String) -> LineRead {
        promptStorage.deallocate()
        promptStorage = WideString.allocate(prompt)
        self.plainPrompt = plainPrompt
        _ = waker.drain()
        wasInterrupted = false
        // libedit reads the window's size as it starts a line; a change while it edits
        // comes as SIGWINCH.
        drawnColumns = terminalColumns
        resizes.install(for: [SIGWINCH])
        _ = resizes.drain()
        var count: Int32 = 0
        let line = el_wgets(editLine, &count)
        signal(SIGWINCH, SIG_DFL)
        if wasInterrupted {
            write("^C\n")
            return .interrupted
        }
        guard let line, count > 0 else { return .endOfInput }
        var text = WideString.string(from: line, to: line + Int(count))
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Replaces what Up and Down recall.
    public func setHistory(_ entries: [String]) {
        _ = grok_history_clear(historyList)
        for entry in entries {
            WideString.with(entry) { _ = grok_history_enter(historyList, $0) }
        }
    }

    var promptPointer: UnsafeMutablePointer<wchar_t> { promptStorage }

    static func owner(of editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = grok_el_client_data(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// The line and the cursor's offset in it, as libedit holds them.
    func currentLine() -> (text: String, cursor: Int, atEnd: Bool)? {
        guard let info = el_wline(editLine) else { return nil }
        let buffer = info.pointee.buffer, cursor = info.pointee.cursor, end = info.pointee.lastchar
        guard let buffer, let cursor, let end else { return nil }
        return (WideString.string(from: buffer, to: end), cursor - buffer, cursor == end)
    }

    func write(_ text: String) {
        try? FileDescriptorIO.writeAll(output, text)
    }

    var terminalColumns: Int {
        var size = winsize()
        guard ioctl(output, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// libedit redraws a change in the middle of a line by inserting or deleting characters
    /// on the terminal, and then puts the cursor one cell off after a wide (CJK) character;
    /// told the terminal cannot, it writes the rest of the line again, which it measures
    /// right. (`~/.editrc`, read after this, may say otherwise.)
    private static func redrawByOverwriting(_ editLine: OpaquePointer) {
        for capability in ["dc", "DC", "ic", "IC", "im"] {
            WideString.with(capability) { name in WideString.with("") { _ = grok_el_set_terminal_capability(editLine, name, $0) } }
        }
    }

    /// libedit decodes, measures and prints multibyte text by the C locale: make it UTF-8
    /// even when the environment says `C`.
    private static func useUTF8Locale() {
        if let current = setlocale(LC_CTYPE, ""), String(cString: current).uppercased().replacingOccurrences(of: "-", with: "").contains("UTF8") { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
    }
}

private let promptCallback: grok_el_prompt_fn = { editLine in
    LineEditor.owner(of: editLine)?.promptPointer
}

private let readCallback: grok_el_getc_fn = { editLine, character in
    guard let editor = LineEditor.owner(of: editLine), let character else { return -1 }
    return editor.readCharacter(into: character)
}

private let completeCallback: grok_el_key_fn = { editLine, _ in
    guard let editor = LineEditor.owner(of: editLine) else { return UInt8(CC_ERROR) }
    return editor.completeWord()
}
