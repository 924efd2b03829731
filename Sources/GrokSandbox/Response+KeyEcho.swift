import Hummingbird

extension Response {
    /// The page of ``SandboxFault/keyEcho(_:offset:)``: filler up to `offset`, the key as
    /// `echo` writes it, then 4 KiB more filler. A request without a key echoes an empty one.
    static func keyEchoPage(_ echo: KeyEcho, offset: Int, headers: HTTPFields) -> Response {
        let label = "authorization="
        let lead = offset >= label.count
            ? String(repeating: ".", count: offset - label.count) + label
            : String(repeating: ".", count: max(0, offset))
        let page = lead + echo.write(headers.bearerKey ?? "") + " " + String(repeating: ".", count: 4096)
        return Response(status: .badGateway, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
