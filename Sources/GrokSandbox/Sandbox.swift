import Foundation

/// A running sandbox server on loopback, controlled from tests and from `grok --sandbox`.
public actor Sandbox {
    public nonisolated let baseURL: URL
    public nonisolated let port: Int
    private let state: SandboxState
    private var server: Task<Void, Never>?

    private init(baseURL: URL, port: Int, state: SandboxState, server: Task<Void, Never>) {
        self.baseURL = baseURL
        self.port = port
        self.state = state
        self.server = server
    }

    /// Binds and returns once the server is listening.
    public static func start(_ configuration: SandboxConfiguration = .init()) async throws -> Sandbox {
        let state = SandboxState(configuration: configuration)
        let (listening, listener) = AsyncThrowingStream<URL, any Error>.makeStream()
        let application = try SandboxServer.makeApplication(
            state: state,
            onRequest: { _ in },
            onListening: { url in listener.yield(url) }
        )
        let server = Task {
            do {
                try await application.run()
                listener.finish()
            } catch {
                listener.finish(throwing: error)
            }
        }
        do {
            var urls = listening.makeAsyncIterator()
            guard let baseURL = try await urls.next(), let port = baseURL.port else { throw SandboxError.notListening }
            return Sandbox(baseURL: baseURL, port: port, state: state, server: server)
        } catch {
            server.cancel()
            await server.value
            throw error
        }
    }

    /// Stops the server and waits until it has closed; calling it again does nothing.
    public func stop() async {
        guard let server else { return }
        self.server = nil
        await state.releaseHeld()
        server.cancel()
        await server.value
    }

    /// Queues faults for `endpoint`; each is used up by one request, in order.
    public func inject(_ faults: [SandboxFault], on endpoint: SandboxEndpoint) async {
        await state.inject(faults, on: endpoint)
    }

    /// How many answers `SandboxFault.held` is holding back now.
    public func heldAnswers() async -> Int {
        await state.heldCount
    }

    /// Sends every held answer on its way.
    public func releaseHeld() async {
        await state.releaseHeld()
    }

    public func requestLog() async -> [LoggedRequest] {
        await state.requestLog
    }

    public func clearLog() async {
        await state.clearLog()
    }

    public func setVariant(_ variant: ResponseVariant) async {
        await state.setVariant(variant)
    }

    /// Points `result.video_url` at another origin (nil: this server), e.g. `http://localhost:PORT`
    /// for this same server under a different origin.
    public func setVideoBaseURL(_ url: URL?) async {
        await state.setVideoBaseURL(url)
    }

    public func tasks() async -> [SandboxTaskSnapshot] {
        await state.taskSnapshots()
    }
}
