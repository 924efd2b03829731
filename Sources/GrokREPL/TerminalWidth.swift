import CEditLine
import Foundation

/// Terminal cells a text takes, as libedit measures them (`wcwidth` in the UTF-8 locale
/// the line editor sets): 2 for CJK, 0 for combining marks.
enum TerminalWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + max(0, Int(wcwidth(wchar_t(bitPattern: $1.value)))) }
    }
}
