import DidYouMean
import GrokScript

/// What `grok WORD` most likely meant when WORD is no file: a command of the language
/// (`grok jobs` → `grok -e 'jobs'`), or a subcommand mistyped (`grok chek` → `grok check`).
enum ScriptWordHint {
    static func hint(for word: String, arguments: [String]) -> String? {
        if CommandTable.spec(named: word) != nil {
            let commands = ([word] + arguments).map(quotedForShell).joined(separator: " ")
            return "'\(word)' is a command of the language: grok -e '\(commands)', or grok alone for the REPL"
        }
        let modes = GrokCommand.Mode.allCases.map(\.rawValue)
        return Suggestion.closest(to: word, among: modes).map { "did you mean 'grok \($0)'?" }
    }

    /// A word as it can stand inside single quotes: plain, or in double quotes when it has blanks.
    private static func quotedForShell(_ word: String) -> String {
        word.contains(where: { $0 == " " || $0 == "\t" }) ? "\"\(word)\"" : word
    }
}
