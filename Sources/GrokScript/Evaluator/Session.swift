import Foundation
import GrokCore

/// Everything a run remembers between commands: the draft, the options, variables,
/// and the tasks this session submitted or referred to.
public struct Session: Sendable {
    public var draft = Draft()
    public var options: SessionOptions
    public let initialOptions: SessionOptions
    /// `let` and `--var` values.
    public var variables: [String: String]
    /// `$task`, `$status`, … once a command has set them.
    public var builtins: [BuiltinVariable: String] = [:]
    /// Script arguments: `$1` is `arguments[0]`.
    public var arguments: [String]
    /// Ids of tasks submitted in this session, in order, for `wait all`.
    public private(set) var submitted: [String] = []
    /// The same ids, to look one up at once.
    private var submittedIDs: Set<String> = []
    /// `submit as NAME` in this session.
    public var names: [String: String] = [:]
    /// The latest known state of each task this session saw.
    public var known: [String: TaskInfo] = [:]
    /// Local images already uploaded: the file's identity → the URL, and when it was made.
    public var uploads: [UploadKey: (url: String, at: Date)] = [:]
    /// The REPL's entries that succeeded, in order, for `save`; `nil` outside the REPL.
    public var transcript: [TranscriptEntry]?
    /// The last create of this session went out and its answer was lost: `last` has no id.
    public var lastCreateUnconfirmed = false
    /// Creates of this session whose answer was lost: `all` cannot reach their tasks.
    public var unconfirmedCreates = 0
    /// The worst status so far, for `exit` without a code and the end of a `--keep-going` run.
    public var status: ExitStatus = .success

    public init(options: SessionOptions, variables: [String: String] = [:], arguments: [String] = []) {
        self.options = options
        self.initialOptions = options
        self.variables = variables
        self.arguments = arguments
    }

    mutating func recordSubmitted(_ taskID: String) {
        submitted.append(taskID)
        submittedIDs.insert(taskID)
    }

    func wasSubmitted(_ taskID: String) -> Bool {
        submittedIDs.contains(taskID)
    }

    /// The name a task was submitted with in this session, if any.
    func name(of taskID: String) -> String? {
        names.first { $0.value == taskID }?.key
    }

    /// A variable's value: `let`/`--var` first, then the built-ins.
    func value(of name: String) -> String? {
        variables[name] ?? BuiltinVariable(rawValue: name).flatMap { builtins[$0] }
    }

    /// Names that can be read right now, for did-you-mean.
    var readableNames: [String] {
        Array(variables.keys) + builtins.keys.map(\.rawValue)
    }
}

/// A local file as it is on disk; a changed file is uploaded again.
public struct UploadKey: Hashable, Sendable {
    let path: String
    let size: Int64
    let modified: Date

    init?(path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date else { return nil }
        self.path = path
        self.size = size.int64Value
        self.modified = modified
    }
}
