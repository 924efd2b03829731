import GrokCore
import GrokSyntax

/// What went wrong with the session's wire: an exchange that is not kept, a HAR file or a
/// handout that cannot be written.
enum WireProblem {
    /// `show exchange N` for a number the session does not hold: `kept` the first and last it does.
    case noSuchExchange(String, kept: (first: Int, last: Int)?)
    /// `what`: `HAR file` or `handout`.
    case cannotWrite(what: String, path: String, reason: String)

    var wording: DiagnosticWording {
        switch self {
        case .noSuchExchange(let number, let kept):
            let hint = if let kept {
                kept.first == kept.last ? "this session holds exchange #\(kept.first) only; show response shows it"
                    : "this session holds exchanges #\(kept.first) to #\(kept.last) (the last \(WireLog.kept) at most); "
                    + "set trace on numbers each one as it goes"
            } else {
                "nothing has been sent in this session yet; the trace (set trace on) numbers each exchange"
            }
            return DiagnosticWording(id: "run.no-such-exchange", message: "no exchange #\(number) in this session",
                                     label: "not an exchange of this session", hint: hint)
        case .cannotWrite(let what, let path, let reason):
            return DiagnosticWording(id: what == "HAR file" ? "run.har-failed" : "run.record-failed",
                                     message: "cannot write the \(what) '\(path)': \(reason)")
        }
    }

    var status: ExitStatus {
        switch self {
        case .noSuchExchange: .usage
        case .cannotWrite: .runtimeError
        }
    }
}
