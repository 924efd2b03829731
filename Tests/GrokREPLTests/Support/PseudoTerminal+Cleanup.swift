extension PseudoTerminal {
    /// Runs `body`; if it throws, the process is killed and reaped before the error goes on.
    func killedIfThrowing(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch {
            kill()
            _ = try? await exit()
            throw error
        }
    }
}
