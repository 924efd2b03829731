import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One HTTP/1.1 exchange over a plain socket, read until the server closes, so tests can see
/// exactly what came over the wire (for example a body cut short).
struct RawHTTPExchange {
    let head: String
    let body: [UInt8]

    var statusLine: String { head.split(separator: "\r\n").first.map(String.init) ?? "" }

    var contentLength: Int? {
        header("Content-Length").flatMap { Int($0) }
    }

    func header(_ name: String) -> String? {
        for line in head.split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if line[..<colon].lowercased() == name.lowercased() {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    enum Failure: Error {
        case socket(String)
        case noHead
    }

    /// Sends `request` and reads until end of stream (at most `timeout` seconds per read), on a thread of its own:
    /// blocking the few threads of the concurrency pool would stall the server under test.
    static func perform(_ request: String, body: [UInt8] = [], port: Int, timeout: Int = 60) async throws -> RawHTTPExchange {
        try await offThePool { try blockingPerform(request, body: body, port: port, timeout: timeout) }
    }

    static func get(_ path: String, port: Int, headers: String = "") async throws -> RawHTTPExchange {
        try await perform("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(headers)Connection: close\r\n\r\n", port: port)
    }

    private static func blockingPerform(_ request: String, body: [UInt8], port: Int, timeout: Int) throws -> RawHTTPExchange {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure.socket("socket") }
        defer { close(fd) }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure.socket("connect") }
        let bytes = Array(request.utf8) + body
        guard bytes.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == bytes.count else {
            throw Failure.socket("send")
        }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += chunk[0..<count]
        }
        guard let end = received.firstRange(of: Array("\r\n\r\n".utf8)) else { throw Failure.noHead }
        return RawHTTPExchange(
            head: String(decoding: received[..<end.lowerBound], as: UTF8.self),
            body: Array(received[end.upperBound...])
        )
    }
}

/// Runs blocking work on a Dispatch thread and waits for it without holding a concurrency-pool thread.
func offThePool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
}
