extension GrokClient {
    /// Sends one API call and returns the envelope's payload, retrying as SPEC §5 allows.
    func perform(_ endpoint: Endpoint, body: OutgoingRequest.Body = .none, idempotent: Bool) async throws(GrokError) -> JSONValue {
        guard configuration.apiKey != nil else { throw .missingKey }
        let request = OutgoingRequest(method: endpoint.method, url: endpoint.url(base: configuration.baseURL), body: body)
        var retry = 0
        while true {
            await requestSlots.acquire()
            do { try await rateLimiter.acquire() } catch {
                await requestSlots.release()
                throw .cancelled
            }
            let sent: Result<BufferedResponse, TransportFailure>
            do { sent = .success(try await transport.send(request, timeout: configuration.requestTimeout)) } catch { sent = .failure(error) }
            await requestSlots.release()

            let failure: TransportFailure
            var retryAfter: Duration?
            switch sent {
            case .success(let response):
                retryAfter = response.retryAfter
                do {
                    return try ResponseDecoding.payload(status: response.status, body: response.body, retryAfter: retryAfter,
                                                        redactor: transport.redactor)
                } catch {
                    failure = TransportFailure(error: error, provablyNotSent: false)
                }
            case .failure(let error):
                failure = error
            }

            let decision = RetryDecision(failure: failure, idempotent: idempotent)
            guard decision.mayRetry, retry < configuration.retry.retries(after: failure.error),
                  (retryAfter ?? .zero) <= configuration.retry.maxRetryAfter else {
                throw decision.finalError
            }
            let delay = configuration.retry.delay(beforeRetry: retry, retryAfter: retryAfter, unit: Double.random(in: 0..<1))
            do { try await Task.sleep(for: delay) } catch { throw idempotent ? .cancelled : decision.finalError }
            retry += 1
        }
    }
}

/// Whether a failed call may be sent again, and what to report when it may not.
struct RetryDecision {
    let mayRetry: Bool
    let finalError: GrokError

    init(failure: TransportFailure, idempotent: Bool) {
        let error = failure.error
        if error == .cancelled {
            mayRetry = false
            finalError = idempotent || failure.provablyNotSent ? .cancelled : .createOutcomeUnknown(cause: .cancelled)
        } else if idempotent {
            mayRetry = error.isTransient
            finalError = error
        } else if case .rateLimited = error {
            mayRetry = true
            finalError = error
        } else if failure.provablyNotSent {
            mayRetry = error.isTransient
            finalError = error
        } else {
            mayRetry = false
            finalError = Self.createWasRejected(error) ? error : .createOutcomeUnknown(cause: error)
        }
    }

    /// Answers that say for certain that no task was created.
    private static func createWasRejected(_ error: GrokError) -> Bool {
        switch error {
        case .api(let code, _, _): return code != APICode.serverBusy
        case .authentication, .rateLimited, .missingKey, .insecureTransport: return true
        case .http(let status, _): return (400..<500).contains(status)
        default: return false
        }
    }
}
