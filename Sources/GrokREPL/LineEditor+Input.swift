import CEditLine
import Foundation
import GrokSyntax

extension LineEditor {
    /// libedit's read of one character, replaced so that an interrupt can end the wait
    /// and a hint can be shown while it lasts. Returns 1, 0 at the end of input, -1 on error.
    func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var hinted = showHint()
        defer { if hinted { write("\u{1B}[K") } }
        var descriptors = [input, waker.readEnd, resizes.read].map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        while true {
            if poll(&descriptors, 3, -1) < 0 {
                if errno == EINTR { continue }
                return -1
            }
            // A resize first: keys typed after it are drawn at the new width.
            if descriptors[2].revents & Int16(POLLIN) != 0, !resizes.drain().isEmpty {
                redrawAtNewWidth()
                hinted = showHint()
            }
            if descriptors[1].revents & Int16(POLLIN) != 0, waker.drain() {
                wasInterrupted = true
                character.pointee = 0
                return 0
            }
            if descriptors[0].revents != 0 { return readScalar(into: character) }
        }
    }

    /// One UTF-8 sequence from the terminal; a malformed one reads as U+FFFD.
    private func readScalar(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var first: UInt8 = 0
        let count = readByte(&first)
        guard count == 1 else { return count }
        let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
        var bytes = [first]
        var valid = length > 0
        while valid, bytes.count < length {
            var next: UInt8 = 0
            valid = readByte(&next) == 1 && next & 0xC0 == 0x80
            bytes.append(next)
        }
        let scalar = valid ? String(decoding: bytes, as: UTF8.self).unicodeScalars.first : nil
        character.pointee = wchar_t(bitPattern: scalar?.value ?? 0xFFFD)
        return 1
    }

    private func readByte(_ byte: inout UInt8) -> Int32 {
        while true {
            let count = read(input, &byte, 1)
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            return Int32(count)
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
