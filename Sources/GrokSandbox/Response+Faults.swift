import Hummingbird

extension Response {
    static let malformedJSONBody = "<html><body>502 Bad Gateway</body></html>"
    static let loginPageBody = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form>Sign in to continue</form></body></html>\n"

    /// A `206` that claims to start at byte 0 (`Content-Range: bytes 0-N/TOTAL`) whatever was asked.
    func claimingRangeFromZero() -> Response {
        var response = self
        let length = body.contentLength ?? 0
        response.status = .partialContent
        response.headers[.contentRange] = "bytes 0-\(max(0, length - 1))/\(length)"
        return response
    }

    /// The head as is, then half the body, then the connection is closed: the client sees a truncated body.
    func truncated() -> Response {
        let announced = max(body.contentLength ?? 1, 1)
        let original = body
        var response = self
        response.headers[.contentLength] = String(announced)
        response.body = ResponseBody(contentLength: announced) { writer in
            try await original.write(TruncatingBodyWriter(parent: writer, remaining: announced / 2))
        }
        return response
    }

    /// The same body, a few bytes per chunk (at most about 64 chunks), with `delay` between chunks.
    func trickled(delay: Duration) -> Response {
        let original = body
        let chunkSize = max(8, (body.contentLength ?? 0) / 64)
        var response = self
        response.body = ResponseBody(contentLength: body.contentLength) { writer in
            try await original.write(TricklingBodyWriter(parent: writer, chunkSize: chunkSize, delay: delay))
        }
        return response
    }

    /// The head and the first half of the body, then nothing more until `hold` returns.
    func heldHalfway(_ hold: @escaping @Sendable () async -> Void) -> Response {
        let original = body
        let half = (body.contentLength ?? 0) / 2
        var response = self
        response.body = ResponseBody(contentLength: body.contentLength) { writer in
            try await original.write(HoldingBodyWriter(parent: writer, beforeHold: half, hold: hold))
        }
        return response
    }
}

struct ConnectionDropped: Error {}

/// Passes on the first `beforeHold` bytes, waits for `hold`, then passes on the rest.
struct HoldingBodyWriter: ResponseBodyWriter {
    var parent: any ResponseBodyWriter
    var beforeHold: Int
    let hold: @Sendable () async -> Void
    var held = false

    mutating func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        if !held {
            if let first = buffer.readSlice(length: min(beforeHold, buffer.readableBytes)), first.readableBytes > 0 {
                try await parent.write(first)
                beforeHold -= first.readableBytes
            }
            guard beforeHold == 0 else { return }
            held = true
            await hold()
        }
        if buffer.readableBytes > 0 { try await parent.write(buffer) }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
        if !held { await hold() }
        try await parent.finish(trailingHeaders)
    }
}

/// Passes on the first `remaining` bytes, then fails, so the server closes the connection mid-body.
struct TruncatingBodyWriter: ResponseBodyWriter {
    var parent: any ResponseBodyWriter
    var remaining: Int

    mutating func write(_ buffer: ByteBuffer) async throws {
        let count = min(remaining, buffer.readableBytes)
        if count > 0 {
            try await parent.write(buffer.getSlice(at: buffer.readerIndex, length: count) ?? ByteBuffer())
            remaining -= count
        }
        if count < buffer.readableBytes {
            throw ConnectionDropped()
        }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
        throw ConnectionDropped()
    }
}

struct TricklingBodyWriter: ResponseBodyWriter {
    var parent: any ResponseBodyWriter
    let chunkSize: Int
    let delay: Duration
    var started = false

    mutating func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        while let chunk = buffer.readSlice(length: min(chunkSize, buffer.readableBytes)), chunk.readableBytes > 0 {
            if started {
                try await Task.sleep(for: delay)
            }
            started = true
            try await parent.write(chunk)
        }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
        try await parent.finish(trailingHeaders)
    }
}
