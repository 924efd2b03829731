import Hummingbird

extension SandboxHandlers {
    func userBalance() async -> Response {
        let used = await state.usedCoin
        return envelope.success(.object([
            "balance": .number(SandboxState.startingBalance),
            "used_coin": .number(used),
            "available": .number(SandboxState.startingBalance - used),
        ]))
    }

    func keyBalance() async -> Response {
        let used = await state.usedCoin
        return envelope.success(.object([
            "name": .string("sandbox"),
            "total_quota": .integer(0),
            "used_quota": .number(used),
            "available_quota": .integer(0),
            "unlimited": .bool(true),
        ]))
    }
}
