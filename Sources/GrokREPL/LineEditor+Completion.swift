import CEditLine
import Foundation

extension LineEditor {
    /// Tab: a single candidate is inserted whole; several insert what they share, or,
    /// when that adds nothing, are listed below the line.
    func completeWord() -> UInt8 {
        guard let completer, let line = currentLine() else { return UInt8(CC_ERROR) }
        let completion = completer(line.text, line.cursor)
        switch completion.candidates.count {
        case 0:
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            let only = completion.candidates[0]
            replace(completion.replacing, with: only.text + only.terminator)
            return UInt8(CC_REFRESH)
        default:
            let shared = completion.commonPrefix
            if shared.unicodeScalars.count > completion.replacing.unicodeScalars.count {
                replace(completion.replacing, with: shared)
                return UInt8(CC_REFRESH)
            }
            write("\n" + CandidateColumns.format(completion.candidates.map(\.display), width: terminalColumns))
            return UInt8(CC_REDISPLAY)
        }
    }

    private func replace(_ typed: String, with text: String) {
        let count = typed.unicodeScalars.count
        if count > 0 { el_deletestr(editLine, Int32(count)) }
        WideString.with(text) { _ = el_winsertstr(editLine, $0) }
    }
}
