/// A scripted misbehaviour, consumed by one request on its endpoint.
public enum SandboxFault: Sendable, Equatable {
    /// That status with an error envelope (code -1).
    case httpStatus(Int)
    /// 429 with `Retry-After: retryAfter` (seconds).
    case rateLimited(retryAfter: Int)
    /// HTTP 200 with a code -1 envelope.
    case serverBusy
    /// The request is handled, the response head and part of the body are sent, then the connection is closed.
    case dropConnection
    /// The normal answer, trickled a few bytes per chunk with this delay between chunks.
    case slowBody(chunkDelay: Duration)
    /// HTTP 200, `Content-Type: application/json`, and a body that is not JSON.
    case malformedJSON
    /// HTTP 200, `Content-Type: text/html`, a login page (what an expired signed URL or a
    /// captive portal gives).
    case htmlBody
    /// HTTP 200 with the usual `Content-Type` and no body at all.
    case emptyBody
    /// A `206` whose `Content-Range` starts at 0 whatever was asked, with the whole body.
    case wrongContentRange
    /// Text with control characters (ESC, BEL): a create makes its task under an id that
    /// ends with ``hostileSuffix``; a query answers a `status` that ends with it.
    case controlCharacters
    /// A query answers `status` `exploded` and `progress` 250.
    case unknownStatus
    /// HTTP 502, `text/html`: a proxy's error page that echoes the request's key (taken from
    /// its `Authorization` header) written as `echo` says, starting `offset` bytes into the
    /// body and followed by a few KiB more, so that any cut of the page lands near or after it.
    case keyEcho(KeyEcho, offset: Int)
    /// The request is handled (a create makes its task) and its answer held back until
    /// `Sandbox.releaseHeld()`: a test acts while the answer is on its way, on the sandbox's
    /// state rather than a clock.
    case held
    /// The head and the first half of the body are sent, the rest held back until
    /// `Sandbox.releaseHeld()`: a client is in the middle of a body (a download) while a
    /// test acts.
    case heldHalfway
    /// The `Range` is answered whatever the `If-Range` says, as by a server or proxy that
    /// does not know `If-Range`: a part of a video that changed is answered as if it had not.
    case ignoringIfRange

    /// Sets the terminal's title and clears the screen when printed raw.
    public static let hostileSuffix = "\u{1B}]0;owned\u{07}\u{1B}[2J"
}
