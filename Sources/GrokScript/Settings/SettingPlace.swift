import Foundation
import GrokCore

/// Where a setting lives in the session: how its value is read as text, written from text
/// its `ValueKind` accepted, and returned to where the session started (`unset`).
struct SettingPlace: Sendable {
    let isDraft: Bool
    let read: @Sendable (Session) -> String?
    /// `resolve` makes a relative local path start from the running script's folder.
    let write: @Sendable (inout Session, String, _ resolve: (String) -> String) -> Void
    let reset: @Sendable (inout Session) -> Void

    /// A session option, typed: `parse` turns accepted text into the value, `format` back.
    static func option<Value>(_ path: WritableKeyPath<SessionOptions, Value> & Sendable,
                              parse: @escaping @Sendable (String) -> Value?,
                              format: @escaping @Sendable (Value) -> String) -> SettingPlace {
        SettingPlace(isDraft: false,
                     read: { format($0.options[keyPath: path]) },
                     write: { session, text, _ in if let value = parse(text) { session.options[keyPath: path] = value } },
                     reset: { $0.options[keyPath: path] = $0.initialOptions[keyPath: path] })
    }

    static func option(_ path: WritableKeyPath<SessionOptions, Duration> & Sendable) -> SettingPlace {
        option(path, parse: DurationText.parse, format: DurationText.format)
    }

    static func option(_ path: WritableKeyPath<SessionOptions, Int> & Sendable) -> SettingPlace {
        option(path, parse: { Int($0) }, format: String.init)
    }

    /// `on` or `off`.
    static func option(_ path: WritableKeyPath<SessionOptions, Bool> & Sendable) -> SettingPlace {
        option(path, parse: { $0 == "on" }, format: { $0 ? "on" : "off" })
    }

    static func option(_ path: WritableKeyPath<SessionOptions, String> & Sendable) -> SettingPlace {
        option(path, parse: { $0 }, format: { $0 })
    }

    /// A number, or `none` for no limit.
    static func option(_ path: WritableKeyPath<SessionOptions, Int?> & Sendable) -> SettingPlace {
        option(path, parse: { .some(Int($0)) }, format: { $0.map(String.init) ?? Word.none })
    }

    static func option<Choice: RawRepresentable>(_ path: WritableKeyPath<SessionOptions, Choice> & Sendable) -> SettingPlace
    where Choice.RawValue == String {
        option(path, parse: { Choice(rawValue: $0) }, format: { $0.rawValue })
    }

    /// A draft field, read and reset through its key path and written by `write` (a plain
    /// closure: the draft commands run it for every `prompt`, `ratio`, … of a loop, and a key
    /// path's setter costs several times a stored property's).
    static func draft(_ path: WritableKeyPath<Draft, String> & Sendable,
                      write: @escaping @Sendable (inout Draft, String) -> Void) -> SettingPlace {
        SettingPlace(isDraft: true, read: { $0.draft[keyPath: path] },
                     write: { session, text, _ in write(&session.draft, text) },
                     reset: { $0.draft[keyPath: path] = Draft()[keyPath: path] })
    }

    /// A draft field the API may leave to its default (`nil` when not set).
    static func draft(_ path: WritableKeyPath<Draft, String?> & Sendable,
                      write: @escaping @Sendable (inout Draft, String) -> Void) -> SettingPlace {
        SettingPlace(isDraft: true, read: { $0.draft[keyPath: path] },
                     write: { session, text, _ in write(&session.draft, text) },
                     reset: { $0.draft[keyPath: path] = nil })
    }

    /// The reference image: a URL, a local file (its path resolved), or `none`.
    static let image = draft(
        read: { $0.image?.description },
        write: { draft, text, resolve in draft.image = text == Word.none ? nil : ImageReference(parsing: text).resolvingFile(with: resolve) },
        reset: { $0.image = nil })

    private static func draft(read: @escaping @Sendable (Draft) -> String?,
                              write: @escaping @Sendable (inout Draft, String, (String) -> String) -> Void,
                              reset: @escaping @Sendable (inout Draft) -> Void) -> SettingPlace {
        SettingPlace(isDraft: true, read: { read($0.draft) }, write: { write(&$0.draft, $1, $2) }, reset: { reset(&$0.draft) })
    }
}

extension ImageReference {
    /// A local file's path passed through `resolve`; a URL as it is.
    func resolvingFile(with resolve: (String) -> String) -> ImageReference {
        switch self {
        case .url: self
        case .file(let path): .file(path: resolve(path))
        }
    }
}
