/// The words of the statement the cursor is in, up to the cursor: what completion and
/// hints look at. Only enough lexing to find word boundaries (spaces, quotes, `;`, `{`,
/// `}`, `#`); the language's own parser judges the entry once it is entered.
struct StatementWords: Equatable {
    /// The finished words before the one being typed; the first is the command.
    var words: [String]
    /// The word being typed, without its opening quote; empty after a space.
    var current: String
    /// The word being typed opened a `"` or `'` string.
    var quote: Character?
    /// The cursor is in a comment: nothing to complete.
    var inComment: Bool

    var command: String? { words.first }

    init(words: [String] = [], current: String = "", quote: Character? = nil, inComment: Bool = false) {
        self.words = words
        self.current = current
        self.quote = quote
        self.inComment = inComment
    }

    init(before text: Substring) {
        self.init()
        var word = ""
        var inWord = false
        var escaped = false
        for character in text {
            if inComment {
                if character.isNewline { self = StatementWords() }
                continue
            }
            if let open = quote {
                if escaped {
                    word.append(character)
                    escaped = false
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else if character == open {
                    quote = nil
                } else {
                    word.append(character)
                }
                continue
            }
            switch character {
            case "\"", "'":
                quote = character
                inWord = true
            case ";", "{", "}", "\n", "\r\n":
                self = StatementWords()
                word = ""
                inWord = false
            case "#" where !inWord:
                inComment = true
            case _ where character.isWhitespace:
                if inWord { words.append(word) }
                word = ""
                inWord = false
            default:
                word.append(character)
                inWord = true
            }
        }
        current = word
    }
}
