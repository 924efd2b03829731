import Synchronization

/// The session's HTTP exchanges, paired from the trace's events whether or not `--trace`
/// prints them: the last `kept` for `show response` and `show exchange N`, and each one as
/// it ends for those who follow the wire (a HAR file, a `record`ed handout). Bodies are kept
/// redacted and cut (`WireBody.limit`), so memory stays bounded however long the session.
public final class WireLog: Sendable {
    public typealias Observer = @Sendable (Exchange) -> Void

    /// How many exchanges `show exchange` can reach back.
    public static let kept = 300

    private struct State {
        var pending: [Int: TraceEvent] = [:]
        var exchanges: [Exchange] = []
        var observers: [String: Observer] = [:]
        var har: HARFile?
    }

    private let state = Mutex(State())

    public init() {}

    /// Adds a step of an exchange; returns the exchange it ends, after every observer saw it.
    @discardableResult
    public func record(_ event: TraceEvent) -> Exchange? {
        let (done, observers): (Exchange?, [Observer]) = state.withLock { state in
            guard case .request = event.kind else {
                guard let request = state.pending.removeValue(forKey: event.exchange),
                      let exchange = Exchange(request: request, end: event) else { return (nil, []) }
                state.exchanges.append(exchange)
                if state.exchanges.count > Self.kept { state.exchanges.removeFirst() }
                return (exchange, Array(state.observers.values))
            }
            if event.detail != nil { state.pending[event.exchange] = event }
            return (nil, [])
        }
        if let done { for observer in observers { observer(done) } }
        return done
    }

    /// The exchange that ended last.
    public var last: Exchange? { state.withLock { $0.exchanges.last } }

    /// Exchange `#number`, while it is among the last `kept`.
    public func exchange(_ number: Int) -> Exchange? {
        state.withLock { $0.exchanges.last { $0.number == number } }
    }

    /// The numbers of the first and last exchanges kept; `nil` before the first.
    public var keptNumbers: (first: Int, last: Int)? {
        state.withLock { state in
            guard let first = state.exchanges.map(\.number).min(), let last = state.exchanges.map(\.number).max() else { return nil }
            return (first, last)
        }
    }

    /// Writes every exchange from now on to a new HAR file at `path`; `nil` stops the one
    /// being written; the path of the file being written already, nothing. The file is whole
    /// after each exchange (`HARFile`).
    public func writeHAR(to path: String?) throws(GrokError) {
        guard path != state.withLock({ $0.har?.path }) else { return }
        var file: HARFile?
        if let path { file = try HARFile(path: path) }
        let observer: Observer? = if let file { { file.append($0) } } else { nil }
        let previous: HARFile? = state.withLock { state in
            let previous = state.har
            state.har = file
            state.observers["har"] = observer
            return previous
        }
        previous?.close()
    }

    /// Calls `observer` with each exchange that ends from now on (`nil`: stops the one of that name).
    public func observe(_ name: String, _ observer: Observer?) {
        state.withLock { $0.observers[name] = observer }
    }
}
