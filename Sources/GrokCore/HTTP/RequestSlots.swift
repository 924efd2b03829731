/// At most `limit` API requests in flight. Together with the rate limiter this keeps
/// requests from queueing inside the connection pool after their slot, which would
/// release them to the server in a burst.
actor RequestSlots {
    private var available: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        available = max(1, limit)
    }

    func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty {
            available += 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}
