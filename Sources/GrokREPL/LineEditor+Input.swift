import CEditLine
import Foundation
import GrokSyntax

extension LineEditor {
    /// libedit's read of one character, replaced so that an interrupt can end the wait
    /// and a hint can be shown while it lasts. Returns 1, 0 at the end of input, -1 on error.
    func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var hinted = showHint()
        defer { if hinted { write("\u{1B}[K") } }
        while true {
            switch waitForInput(drainingWaker: true) {
            case .resized:
                redrawAtNewWidth()
                hinted = showHint()
            case .interrupted:
                wasInterrupted = true
                character.pointee = 0
                return 0
            case .failed:
                return -1
            case .ready:
                // Nil when what woke `poll` is gone (Ctrl-C drops what was typed): wait again.
                if let count = readScalar(into: character) { return count }
            }
        }
    }

    private enum Wait {
        case ready, interrupted, resized, failed
    }

    /// Until the terminal has input, the waker is woken or the window is resized. Not
    /// draining the waker leaves the interrupt for the next character's wait.
    private func waitForInput(drainingWaker: Bool) -> Wait {
        // Mid-sequence (not draining) a resize waits for the sequence's end: not watched.
        let watched = drainingWaker ? [input.descriptor, waker.readEnd, resizes.read] : [input.descriptor, waker.readEnd]
        var descriptors = watched.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        while true {
            if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 {
                if errno == EINTR { continue }
                return .failed
            }
            // A resize first: keys typed after it are drawn at the new width.
            if drainingWaker, descriptors[2].revents & Int16(POLLIN) != 0, !resizes.drain().isEmpty { return .resized }
            if descriptors[1].revents & Int16(POLLIN) != 0, !drainingWaker || waker.drain() { return .interrupted }
            if descriptors[0].revents != 0 { return .ready }
        }
    }

    /// One UTF-8 sequence from the terminal; a malformed one, or one an interrupt cuts,
    /// reads as U+FFFD. Nil when there was nothing to read after all.
    private func readScalar(into character: UnsafeMutablePointer<wchar_t>) -> Int32? {
        let first: UInt8
        switch input.read() {
        case .byte(let byte): first = byte
        case .nothing: return nil
        case .end: return 0
        case .failed: return -1
        }
        let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
        var bytes = [first]
        var valid = length > 0
        while valid, bytes.count < length, let next = readFollowingByte() {
            valid = next & 0xC0 == 0x80
            bytes.append(next)
        }
        valid = valid && bytes.count == length
        let scalar = valid ? String(decoding: bytes, as: UTF8.self).unicodeScalars.first : nil
        character.pointee = wchar_t(bitPattern: scalar?.value ?? 0xFFFD)
        return 1
    }

    /// The next byte of a sequence, waited for if it has not come yet; nil at the end of
    /// input, on an error or on an interrupt.
    private func readFollowingByte() -> UInt8? {
        while true {
            switch input.read() {
            case .byte(let byte): return byte
            case .end, .failed: return nil
            case .nothing: guard waitForInput(drainingWaker: false) == .ready else { return nil }
            }
        }
    }

    /// Draws the hint, dimmed, after the cursor when the cursor ends a one-row line and
    /// the hint fits on the row; the cursor stays put. True when one was drawn.
    private func showHint() -> Bool {
        guard let hinter, let line = currentLine(), line.atEnd, !line.text.contains("\n"),
              let hint = hinter(line.text), !hint.isEmpty else { return false }
        let used = DisplayWidth.of(plainPrompt) + DisplayWidth.of(line.text)
        let room = terminalColumns - used - 1
        guard room >= 4 else { return false }
        write("\u{1B}7" + ANSIStyle.dim.apply(to: DisplayFit.truncated(hint, to: room)) + "\u{1B}8")
        return true
    }
}
