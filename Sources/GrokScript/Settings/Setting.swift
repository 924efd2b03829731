/// One row of the settings table: a key, the values it takes, what it is for and where it
/// lives in the session. `set`, `unset`, `set` alone, `show draft`/`show options`, `help
/// options`, completion, hints and the checker all read it; a new setting is a new row.
/// A class, like `Slot`: the evaluator looks a row up for every `set`, and a reference is
/// one retain where this struct's closures were several.
public final class Setting: Sendable {
    public let key: SettingKey
    public let kind: ValueKind
    public let summary: String
    /// Words the value may also be, written bare: `set image none` clears the image.
    public let words: [String]
    let place: SettingPlace
    /// Whether the checker judges a written value by its kind (all but an image, which it
    /// only reads as a file): the evaluator then judges only values built at run time.
    let checkerJudgesWrittenValues: Bool

    init(key: SettingKey, kind: ValueKind, summary: String, words: [String], place: SettingPlace) {
        self.key = key
        self.kind = kind
        self.checkerJudgesWrittenValues = kind != .image
        self.summary = summary
        self.words = words
        self.place = place
    }

    public var isDraftField: Bool { place.isDraft }

    /// What a value is called in messages: `ratio` gives "unsupported ratio '4:3'",
    /// `on-error` gives "unsupported on-error value 'x'".
    public var subject: String {
        isDraftField ? key.rawValue : key.rawValue + " value"
    }

    /// The accepted values as `help` and hints write them: `on|off`, `DURATION`, `0-10|none`.
    public var syntax: String {
        ([kind.placeholder] + words).joined(separator: "|")
    }

    /// The value a new session has, as a user would write it; `nil` for a draft field that
    /// starts empty. Read from a new session, so it is the default the run uses.
    public var defaultValue: String? {
        place.read(Session.initial)
    }

    /// The value in `session`, as a user would write it; `nil` when not set.
    func value(in session: Session) -> String? {
        place.read(session)
    }

    /// Every row, in the order of `SettingKey`.
    public static var all: [Setting] { rows }

    /// The table, built once, in the order of `SettingKey`.
    static let rows = SettingKey.ordered.map(row(for:))
}
