import Foundation

/// Writing to a file descriptor without losing bytes to short writes or to a
/// signal arriving mid-write (EINTR).
public enum FileDescriptorIO {
    /// A `write` that failed; `code` is its `errno`.
    public struct WriteError: Error, Sendable {
        public let code: Int32

        public var reason: String { String(cString: strerror(code)) }
    }

    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(WriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = write(fd, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(code: errno)
            }
            // Nothing written and no error: the descriptor takes no more.
            guard written > 0 else { throw WriteError(code: EIO) }
            offset += written
        }
    }

    /// The text as UTF-8.
    public static func writeAll(_ fd: Int32, _ text: String) throws(WriteError) {
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBytes { buffer in Result { () throws(WriteError) in try writeAll(fd, buffer) } }.get()
    }
}
